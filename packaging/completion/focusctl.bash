# bash completion for focusctl (installed as share/bash-completion/completions/focusctl).
# The commands and options are those of `focusctl --help` (app/focusctl/cliargs.cpp); keep them in step.

_focusctl()
{
    local cur prev words cword
    _init_completion || return

    local commands="probe watch replay --help --version"
    local tls="--insecure --ca-cert --pin-sha256"
    local probe_opts="--server --json --lang --timeout-ms $tls --help"
    local watch_opts="--server --view --channels --nfft --freq --height --duration --historic
        --rows --row-count --ready-timeout --data-timeout --report --lang --fail-on-findings
        --consumer-threshold --record --max-bad-replies --rows-from $tls --help"
    local replay_opts="--report --fail-on-findings --lang --help"

    if ((cword == 1)); then
        COMPREPLY=($(compgen -W "$commands -h" -- "$cur"))
        return
    fi

    case $prev in
        --lang)
            COMPREPLY=($(compgen -W "en he" -- "$cur"))
            return
            ;;
        --view)
            COMPREPLY=($(compgen -W "multichannel singlechannel waterfall" -- "$cur"))
            return
            ;;
        --rows-from)
            COMPREPLY=($(compgen -W "auto rest grpc" -- "$cur"))
            return
            ;;
        --ca-cert | --record)
            _filedir
            return
            ;;
        --report)
            _filedir
            [[ -- == "$cur"* || -z $cur ]] && COMPREPLY+=(-)
            return
            ;;
        --server)
            COMPREPLY=($(compgen -W "http:// https://" -- "$cur"))
            compopt -o nospace
            return
            ;;
        --pin-sha256 | --timeout-ms | --channels | --nfft | --freq | --height | --duration | \
            --historic | --rows | --row-count | --ready-timeout | --data-timeout | \
            --consumer-threshold | --max-bad-replies)
            return # a value of the user's
            ;;
    esac

    case ${words[1]} in
        probe) COMPREPLY=($(compgen -W "$probe_opts" -- "$cur")) ;;
        watch) COMPREPLY=($(compgen -W "$watch_opts" -- "$cur")) ;;
        replay)
            if [[ $cur == -* ]]; then
                COMPREPLY=($(compgen -W "$replay_opts" -- "$cur"))
            else
                _filedir # the session recording
            fi
            ;;
    esac
} &&
    complete -F _focusctl focusctl

# ex: filetype=sh

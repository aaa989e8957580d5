<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AppText</name>
    <message>
        <source>available</source>
        <translation>available</translation>
    </message>
    <message>
        <source>not deployed</source>
        <translation>not deployed</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>timeout</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>unreachable</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>TLS error</translation>
    </message>
    <message>
        <source>Deployed API</source>
        <translation>Deployed API</translation>
    </message>
    <message>
        <source>Newer API</source>
        <translation>Newer API</translation>
    </message>
    <message>
        <source>Route list</source>
        <translation>Route list</translation>
    </message>
    <message>
        <source>no reply within the timeout</source>
        <translation>no reply within the timeout</translation>
    </message>
    <message>
        <source>connection refused: nothing listens at this address</source>
        <translation>connection refused: nothing listens at this address</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>host not found</translation>
    </message>
    <message>
        <source>the server closed the connection before the reply was complete</source>
        <translation>the server closed the connection before the reply was complete</translation>
    </message>
    <message>
        <source>TLS failure: the server&apos;s certificate is not trusted</source>
        <translation>TLS failure: the server&apos;s certificate is not trusted</translation>
    </message>
    <message>
        <source>the reply is larger than the size limit</source>
        <translation>the reply is larger than the size limit</translation>
    </message>
    <message>
        <source>the server redirects to %1 (not followed)</source>
        <translation>the server redirects to %1 (not followed)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>network error</translation>
    </message>
    <message>
        <source>listed in /openapi.json</source>
        <translation>listed in /openapi.json</translation>
    </message>
    <message>
        <source>absent from /openapi.json</source>
        <translation>absent from /openapi.json</translation>
    </message>
    <message>
        <source>/openapi.json not available</source>
        <translation>/openapi.json not available</translation>
    </message>
    <message>
        <source>Answered HTTP %1 as a deployed route does; %2.</source>
        <translation>Answered HTTP %1 as a deployed route does; %2.</translation>
    </message>
    <message>
        <source>HTTP 404 {&quot;detail&quot;:&quot;Not Found&quot;}: the server has no such route; %1.</source>
        <translation>HTTP 404 {&quot;detail&quot;:&quot;Not Found&quot;}: the server has no such route; %1.</translation>
    </message>
    <message>
        <source>HTTP 404 and absent from /openapi.json: the route is not deployed.</source>
        <translation>HTTP 404 and absent from /openapi.json: the route is not deployed.</translation>
    </message>
    <message>
        <source>HTTP 405: the path exists but not with this method.</source>
        <translation>HTTP 405: the path exists but not with this method.</translation>
    </message>
    <message>
        <source>Unexpected HTTP %1 for this probe; %2.</source>
        <translation>Unexpected HTTP %1 for this probe; %2.</translation>
    </message>
    <message>
        <source>HTTP %1, but the body does not match the contract.</source>
        <translation>HTTP %1, but the body does not match the contract.</translation>
    </message>
    <message>
        <source>%1. Certificate SHA-256: %2</source>
        <translation>%1. Certificate SHA-256: %2</translation>
    </message>
    <message>
        <source>Server unreachable</source>
        <translation>Server unreachable</translation>
    </message>
    <message>
        <source>Server reachable</source>
        <translation>Server reachable</translation>
    </message>
    <message>
        <source>%1/%2 deployed endpoints available</source>
        <translation>%1/%2 deployed endpoints available</translation>
    </message>
    <message>
        <source>waterfall endpoint available</source>
        <translation>waterfall endpoint available</translation>
    </message>
    <message>
        <source>waterfall endpoint NOT deployed</source>
        <translation>waterfall endpoint NOT deployed</translation>
    </message>
    <message>
        <source>waterfall endpoint: %1</source>
        <translation>waterfall endpoint: %1</translation>
    </message>
    <message>
        <source>INSECURE: TLS certificate verification is switched off (--insecure)</source>
        <translation>INSECURE: TLS certificate verification is switched off (--insecure)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>idle</translation>
    </message>
    <message>
        <source>configuring</source>
        <translation>configuring</translation>
    </message>
    <message>
        <source>waiting for the consumer</source>
        <translation>waiting for the consumer</translation>
    </message>
    <message>
        <source>consumer alive, no data yet</source>
        <translation>consumer alive, no data yet</translation>
    </message>
    <message>
        <source>streaming</source>
        <translation>streaming</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>ended</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <source>The job&apos;s consumer is alive and rows are arriving.</source>
        <translation>The job&apos;s consumer is alive and rows are arriving.</translation>
    </message>
    <message>
        <source>The waterfall endpoint is not deployed on this server (404 {&quot;detail&quot;:&quot;Not Found&quot;} or absent from /openapi.json): the job may be fine, the route is missing.</source>
        <translation>The waterfall endpoint is not deployed on this server (404 {&quot;detail&quot;:&quot;Not Found&quot;} or absent from /openapi.json): the job may be fine, the route is missing.</translation>
    </message>
    <message>
        <source>The job was configured, but its consumer never appeared: /metadata and /waterfall answered 404 until the ready timeout.</source>
        <translation>The job was configured, but its consumer never appeared: /metadata and /waterfall answered 404 until the ready timeout.</translation>
    </message>
    <message>
        <source>The job was alive, then the server stopped knowing it (404): the job expired or was removed.</source>
        <translation>The job was alive, then the server stopped knowing it (404): the job expired or was removed.</translation>
    </message>
    <message>
        <source>The server is waiting for fiber: no live data can be configured until the fiber is back.</source>
        <translation>The server is waiting for fiber: no live data can be configured until the fiber is back.</translation>
    </message>
    <message>
        <source>The server refused the configuration.</source>
        <translation>The server refused the configuration.</translation>
    </message>
    <message>
        <source>The server could not be reached.</source>
        <translation>The server could not be reached.</translation>
    </message>
    <message>
        <source>The TLS connection failed: the server&apos;s certificate is not trusted.</source>
        <translation>The TLS connection failed: the server&apos;s certificate is not trusted.</translation>
    </message>
    <message>
        <source>The server kept answering with errors (5xx).</source>
        <translation>The server kept answering with errors (5xx).</translation>
    </message>
    <message>
        <source>The server answered with something that does not match the contract.</source>
        <translation>The server answered with something that does not match the contract.</translation>
    </message>
    <message>
        <source>The consumer is alive, but no data arrived before the data timeout.</source>
        <translation>The consumer is alive, but no data arrived before the data timeout.</translation>
    </message>
    <message>
        <source>The server answered 400 to the waterfall request: the client asked for something invalid.</source>
        <translation>The server answered 400 to the waterfall request: the client asked for something invalid.</translation>
    </message>
    <message>
        <source>Stopped before a verdict.</source>
        <translation>Stopped before a verdict.</translation>
    </message>
    <message>
        <source>the server&apos;s certificate changed and was refused: the pinned certificate is SHA-256 %1, the server now presents %2</source>
        <translation>the server&apos;s certificate changed and was refused: the pinned certificate is SHA-256 %1, the server now presents %2</translation>
    </message>
    <message>
        <source>no certificate</source>
        <translation>no certificate</translation>
    </message>
    <message>
        <source>HTTP %1 to a request it should have refused, with id &quot;%2&quot;: the route is deployed, but the server does not validate it and MAY HAVE CREATED A JOB; %3.</source>
        <translation>HTTP %1 to a request it should have refused, with id &quot;%2&quot;: the route is deployed, but the server does not validate it and MAY HAVE CREATED A JOB; %3.</translation>
    </message>
    <message>
        <source>HTTP %1 to a request it should have refused: the route is deployed, but the server does not validate it; %2.</source>
        <translation>HTTP %1 to a request it should have refused: the route is deployed, but the server does not validate it; %2.</translation>
    </message>
    <message>
        <source>The REST waterfall endpoint is not deployed on this server; rows come from the job&apos;s gRPC stream.</source>
        <translation>The REST waterfall endpoint is not deployed on this server; rows come from the job&apos;s gRPC stream.</translation>
    </message>
    <message>
        <source>Stop job</source>
        <translation>Stop job</translation>
    </message>
    <message>
        <source>Start job</source>
        <translation>Start job</translation>
    </message>
    <message>
        <source>Stop following the job (the server ends it by itself)</source>
        <translation>Stop following the job (the server ends it by itself)</translation>
    </message>
    <message>
        <source>Configure a job with the form&apos;s settings and follow it</source>
        <translation>Configure a job with the form&apos;s settings and follow it</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <translation>%1 s ago</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>%1 min ago</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>%1 h ago</translation>
    </message>
    <message>
        <source>The job&apos;s gRPC stream at %1 opened at +%2 s; waiting for its first frame…</source>
        <translation>The job&apos;s gRPC stream at %1 opened at +%2 s; waiting for its first frame…</translation>
    </message>
    <message>
        <source>The REST waterfall route is not deployed on this server. Waiting for the job&apos;s gRPC stream at %1 to open — production servers take 7–21 s (deadline %2 s).</source>
        <translation>The REST waterfall route is not deployed on this server. Waiting for the job&apos;s gRPC stream at %1 to open — production servers take 7–21 s (deadline %2 s).</translation>
    </message>
    <message>
        <source>Waiting for the job&apos;s gRPC stream at %1 to open — production servers take 7–21 s (deadline %2 s).</source>
        <translation>Waiting for the job&apos;s gRPC stream at %1 to open — production servers take 7–21 s (deadline %2 s).</translation>
    </message>
    <message>
        <source>The REST waterfall route is not deployed, and the job&apos;s gRPC stream at %1 refused connections for %2 s: this server offers no way to read the job&apos;s rows.</source>
        <translation>The REST waterfall route is not deployed, and the job&apos;s gRPC stream at %1 refused connections for %2 s: this server offers no way to read the job&apos;s rows.</translation>
    </message>
    <message>
        <source>The REST waterfall route is not deployed, and the job&apos;s gRPC stream at %1 did not answer for %2 s: this server offers no way to read the job&apos;s rows.</source>
        <translation>The REST waterfall route is not deployed, and the job&apos;s gRPC stream at %1 did not answer for %2 s: this server offers no way to read the job&apos;s rows.</translation>
    </message>
    <message>
        <source>The job was configured, but its gRPC stream at %1 refused connections for %2 s: the job&apos;s consumer (its pod) never came up.</source>
        <translation>The job was configured, but its gRPC stream at %1 refused connections for %2 s: the job&apos;s consumer (its pod) never came up.</translation>
    </message>
    <message>
        <source>The job was configured, but its gRPC stream at %1 did not answer for %2 s: the job&apos;s consumer (its pod) never came up.</source>
        <translation>The job was configured, but its gRPC stream at %1 did not answer for %2 s: the job&apos;s consumer (its pod) never came up.</translation>
    </message>
    <message>
        <source>The job&apos;s gRPC stream at %1 was open, then could not be reached again for %2 s: the job expired or was removed.</source>
        <translation>The job&apos;s gRPC stream at %1 was open, then could not be reached again for %2 s: the job expired or was removed.</translation>
    </message>
    <message>
        <source>The job&apos;s gRPC stream opened at +%1 s, but 0 frames arrived in %2 s.</source>
        <translation>The job&apos;s gRPC stream opened at +%1 s, but 0 frames arrived in %2 s.</translation>
    </message>
    <message>
        <source>The job&apos;s gRPC stream opened at +%1 s, but 0 frames arrived in %2 s: a live job sends nothing when the server has no live source.</source>
        <translation>The job&apos;s gRPC stream opened at +%1 s, but 0 frames arrived in %2 s: a live job sends nothing when the server has no live source.</translation>
    </message>
    <message>
        <source>Every stream of the historic job delivered its rows and ended: the playback is over.</source>
        <translation>Every stream of the historic job delivered its rows and ended: the playback is over.</translation>
    </message>
    <message>
        <source>The server refused the configuration (HTTP %1): “%2”.</source>
        <translation>The server refused the configuration (HTTP %1): “%2”.</translation>
    </message>
    <message>
        <source>The job&apos;s gRPC port now serves another job (%1): the job ended and its port went to a new job. Those frames were refused, never counted or drawn.</source>
        <translation>The job&apos;s gRPC port now serves another job (%1): the job ended and its port went to a new job. Those frames were refused, never counted or drawn.</translation>
    </message>
    <message>
        <source>Rows cover %1 s of the %2 s requested.</source>
        <translation>Rows cover %1 s of the %2 s requested.</translation>
    </message>
    <message>
        <source>The job&apos;s analyzer exited (208): the historic playback ended.</source>
        <translation>The job&apos;s analyzer exited (208): the historic playback ended.</translation>
    </message>
    <message>
        <source>HTTP %1 in a form this viewer does not know: the route is deployed; the form is an observation, not a failure.</source>
        <translation>HTTP %1 in a form this viewer does not know: the route is deployed; the form is an observation, not a failure.</translation>
    </message>
    <message>
        <source>waiting for the stream</source>
        <translation>waiting for the stream</translation>
    </message>
    <message>
        <source>stream open, no data yet</source>
        <translation>stream open, no data yet</translation>
    </message>
    <message>
        <source>The job was stopped. Until then its rows came from the job&apos;s gRPC stream (the REST waterfall endpoint is not deployed on this server).</source>
        <translation>The job was stopped. Until then its rows came from the job&apos;s gRPC stream (the REST waterfall endpoint is not deployed on this server).</translation>
    </message>
    <message>
        <source>The job was stopped. Until then its consumer was alive and rows were arriving.</source>
        <translation>The job was stopped. Until then its consumer was alive and rows were arriving.</translation>
    </message>
    <message>
        <source>%1 of %2 rows are no newer than rows already received (repeated or backwards)</source>
        <translation>%1 of %2 rows are no newer than rows already received (repeated or backwards)</translation>
    </message>
    <message>
        <source>%1 rows so far are no newer than rows already received (repeated or backwards)</source>
        <translation>%1 rows so far are no newer than rows already received (repeated or backwards)</translation>
    </message>
    <message>
        <source>404 %1 after the consumer was alive</source>
        <translation>404 %1 after the consumer was alive</translation>
    </message>
    <message>
        <source>the job answered 404 %1 time(s) in a row, then HTTP %2 again: it flaps</source>
        <translation>the job answered 404 %1 time(s) in a row, then HTTP %2 again: it flaps</translation>
    </message>
    <message>
        <source>the recording reached its size cap of %1 bytes and stopped; &quot;%2&quot; holds the session up to there</source>
        <translation>the recording reached its size cap of %1 bytes and stopped; &quot;%2&quot; holds the session up to there</translation>
    </message>
    <message>
        <source>cannot write &quot;%1&quot;: %2</source>
        <translation>cannot write &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Recording saved: &quot;%1&quot; holds %2 replies.</source>
        <translation>Recording saved: &quot;%1&quot; holds %2 replies.</translation>
    </message>
    <message>
        <source>Recording stopped before any job started: &quot;%1&quot; holds no replies.</source>
        <translation>Recording stopped before any job started: &quot;%1&quot; holds no replies.</translation>
    </message>
    <message>
        <source>Recording stopped: a recording holds one job and another one started; &quot;%1&quot; holds the previous job (%2 replies). Record again to keep this one.</source>
        <translation>Recording stopped: a recording holds one job and another one started; &quot;%1&quot; holds the previous job (%2 replies). Record again to keep this one.</translation>
    </message>
    <message>
        <source>Already recording to &quot;%1&quot;.</source>
        <translation>Already recording to &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot open the recording %1: %2</source>
        <translation>Cannot open the recording %1: %2</translation>
    </message>
</context>
<context>
    <name>BackendArgs</name>
    <message>
        <source>--rabbitmq must be the management API&apos;s http:// or https:// URL, without a user or password, not &quot;%1&quot;</source>
        <translation>--rabbitmq must be the management API&apos;s http:// or https:// URL, without a user or password, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--rabbitmq needs --rabbitmq-user (the password comes from FOCUS_RABBITMQ_PASSWORD or a prompt)</source>
        <translation>--rabbitmq needs --rabbitmq-user (the password comes from FOCUS_RABBITMQ_PASSWORD or a prompt)</translation>
    </message>
    <message>
        <source>--rabbitmq-user needs --rabbitmq URL</source>
        <translation>--rabbitmq-user needs --rabbitmq URL</translation>
    </message>
    <message>
        <source>--kube-api must be an http:// or https:// URL (e.g. http://127.0.0.1:8001 for kubectl proxy), not &quot;%1&quot;</source>
        <translation>--kube-api must be an http:// or https:// URL (e.g. http://127.0.0.1:8001 for kubectl proxy), not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--kube-namespace must be a Kubernetes namespace name (lower-case letters, digits and &apos;-&apos;), not &quot;%1&quot;</source>
        <translation>--kube-namespace must be a Kubernetes namespace name (lower-case letters, digits and &apos;-&apos;), not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--kube-token-file and --kube-namespace need --kube-api URL</source>
        <translation>--kube-token-file and --kube-namespace need --kube-api URL</translation>
    </message>
    <message>
        <source>the RabbitMQ password is needed: set FOCUS_RABBITMQ_PASSWORD (standard input is not a terminal to ask on)</source>
        <translation>the RabbitMQ password is needed: set FOCUS_RABBITMQ_PASSWORD (standard input is not a terminal to ask on)</translation>
    </message>
    <message>
        <source>RabbitMQ password: </source>
        <translation>RabbitMQ password: </translation>
    </message>
    <message>
        <source>no RabbitMQ password was given</source>
        <translation>no RabbitMQ password was given</translation>
    </message>
    <message>
        <source>                 [--rabbitmq URL --rabbitmq-user USER]
                 [--kube-api URL [--kube-token-file FILE] [--kube-namespace NS]]
</source>
        <translation>                 [--rabbitmq URL --rabbitmq-user USER]
                 [--kube-api URL [--kube-token-file FILE] [--kube-namespace NS]]
</translation>
    </message>
</context>
<context>
    <name>BackendLook</name>
    <message>
        <source>Backend, one look (%1):</source>
        <translation>Backend, one look (%1):</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1: %2</translation>
    </message>
    <message>
        <source>  could not read: %1</source>
        <translation>  could not read: %1</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source> — %1</source>
        <translation> — %1</translation>
    </message>
    <message>
        <source>Diagnosis detail: %1 (%2)</source>
        <translation>Diagnosis detail: %1 (%2)</translation>
    </message>
    <message>
        <source>Log of %1: not read: %2</source>
        <translation>Log of %1: not read: %2</translation>
    </message>
    <message>
        <source>Log of %1: no line names the job or an error</source>
        <translation>Log of %1: no line names the job or an error</translation>
    </message>
    <message numerus="yes">
        <source>Log of %1, last %n line(s):</source>
        <translation>
            <numerusform>Log of %1, last line:</numerusform>
            <numerusform>Log of %1, last %n lines:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliArgs</name>
    <message>
        <source>Usage:
  focusctl probe --server URL [--json] [--lang en|he] [--timeout-ms N]
                 [--insecure | --ca-cert FILE | --pin-sha256 HEX]

probe: checks which endpoints of the Focus Server contract the server really has,
without creating any job. Exit status: 0 all deployed endpoints available;
1 reachable but a deployed endpoint failed; 2 bad usage; 3 a deployed endpoint or
the waterfall route is not deployed; 5 server unreachable or TLS failure.
</source>
        <translation>Usage:
  focusctl probe --server URL [--json] [--lang en|he] [--timeout-ms N]
                 [--insecure | --ca-cert FILE | --pin-sha256 HEX]

probe: checks which endpoints of the Focus Server contract the server really has,
without creating any job. Exit status: 0 all deployed endpoints available;
1 reachable but a deployed endpoint failed; 2 bad usage; 3 a deployed endpoint or
the waterfall route is not deployed; 5 server unreachable or TLS failure.
</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unexpected argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--lang must be en or he</source>
        <translation>--lang must be en or he</translation>
    </message>
    <message>
        <source>--timeout-ms must be an integer from 1 to 600000</source>
        <translation>--timeout-ms must be an integer from 1 to 600000</translation>
    </message>
    <message>
        <source>--view must be multichannel, singlechannel or waterfall, not &quot;%1&quot;</source>
        <translation>--view must be multichannel, singlechannel or waterfall, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--%1 does not apply to the waterfall view</source>
        <translation>--%1 does not apply to the waterfall view</translation>
    </message>
    <message>
        <source>--channels must be A-B, channel numbers from 1 (e.g. 1-50), not &quot;%1&quot;</source>
        <translation>--channels must be A-B, channel numbers from 1 (e.g. 1-50), not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--nfft must be a positive integer, not &quot;%1&quot;</source>
        <translation>--nfft must be a positive integer, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--freq must be A-B in Hz (e.g. 0-500), not &quot;%1&quot;</source>
        <translation>--freq must be A-B in Hz (e.g. 0-500), not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--height must be a positive integer, not &quot;%1&quot;</source>
        <translation>--height must be a positive integer, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--duration must be a positive number of seconds, not &quot;%1&quot;</source>
        <translation>--duration must be a positive number of seconds, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--historic must be START-END in epoch seconds (e.g. 1764946700-1764946760), not &quot;%1&quot;</source>
        <translation>--historic must be START-END in epoch seconds (e.g. 1764946700-1764946760), not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--rows must be an integer from 1 to 100000000, not &quot;%1&quot;</source>
        <translation>--rows must be an integer from 1 to 100000000, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--row-count must be an integer from 1 to 100000, not &quot;%1&quot;</source>
        <translation>--row-count must be an integer from 1 to 100000, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--ready-timeout must be a number of seconds above 0 and at most 86400, not &quot;%1&quot;</source>
        <translation>--ready-timeout must be a number of seconds above 0 and at most 86400, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--data-timeout must be a number of seconds above 0 and at most 86400, not &quot;%1&quot;</source>
        <translation>--data-timeout must be a number of seconds above 0 and at most 86400, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--report needs a file name, or - for standard output</source>
        <translation>--report needs a file name, or - for standard output</translation>
    </message>
    <message>
        <source>configuration refused before sending: %1</source>
        <translation>configuration refused before sending: %1</translation>
    </message>
    <message>
        <source>  focusctl replay FILE [--report FILE|-] [--fail-on-findings] [--lang en|he]

replay: plays a session recorded with `watch --record FILE` through the same checks,
offline and in virtual time (a timeout takes no real time): prints the same timeline and
writes the same report, plus &quot;replayed_from&quot;. Exit status as watch; 2 also when FILE
cannot be read or is not a valid session recording.
</source>
        <translation>  focusctl replay FILE [--report FILE|-] [--fail-on-findings] [--lang en|he]

replay: plays a session recorded with `watch --record FILE` through the same checks,
offline and in virtual time (a timeout takes no real time): prints the same timeline and
writes the same report, plus &quot;replayed_from&quot;. Exit status as watch; 2 also when FILE
cannot be read or is not a valid session recording.
</translation>
    </message>
    <message>
        <source>replay needs the session file to play</source>
        <translation>replay needs the session file to play</translation>
    </message>
    <message>
        <source>--consumer-threshold must be a number of seconds above 0 and at most 86400, not &quot;%1&quot;</source>
        <translation>--consumer-threshold must be a number of seconds above 0 and at most 86400, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--record needs a file name</source>
        <translation>--record needs a file name</translation>
    </message>
    <message>
        <source>--rows-from must be auto, rest or grpc, not &quot;%1&quot;</source>
        <translation>--rows-from must be auto, rest or grpc, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--max-bad-replies must be an integer from 1 to 1000000, not &quot;%1&quot;</source>
        <translation>--max-bad-replies must be an integer from 1 to 1000000, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>  focusctl watch --server URL [--view multichannel|singlechannel|waterfall] [--channels A-B]
                 [--nfft N] [--freq A-B] [--height N] [--duration S] [--historic START-END]
                 [--rows N] [--row-count N] [--ready-timeout S] [--data-timeout S]
                 [--report FILE|-] [--lang en|he] [--fail-on-findings]
                 [--consumer-threshold S] [--record FILE] [--max-bad-replies N]
                 [--rows-from auto|rest|grpc] [--stream-ready-timeout S]
                 [--insecure | --ca-cert FILE | --pin-sha256 HEX]

watch: configures one job and follows it until --rows rows have arrived, the job ends
(208), or a timeout or fatal error, printing the timeline as it happens. Defaults: view
multichannel, channels 1-50, nfft 1024, frequencies 0-500 Hz, height 1000, time axis
(--duration) 30 s, live; --historic takes epoch seconds. --rows 100, --row-count 100
rows asked per poll, --ready-timeout 60 s, --data-timeout 30 s. --report writes the JSON
report to FILE, or to stdout with &quot;-&quot; (the timeline then goes to stderr). Ctrl-C stops
the job and still writes the report. The report&apos;s &quot;quality&quot; object counts every
data-quality finding; --fail-on-findings turns an exit status of 0 into 1 when any count
is not zero. --consumer-threshold (default 5 s for REST rows, 25 s for the gRPC stream,
whose port opens 7-21 s after configure on production servers): a consumer slower than
this is a finding. --stream-ready-timeout (default 45 s): how long after configure the
job&apos;s gRPC stream may refuse connections before the verdict. --record saves every raw reply to FILE for `focusctl replay`. A reply that
cannot be read is a finding (quality.malformed_replies) and the job goes on; only
--max-bad-replies (default 5) of them in a row end it as bad_response. --rows-from:
where the rows are read; auto (default) takes the REST waterfall where the server has
it and the job&apos;s gRPC stream (stream_url, stream_port) where it does not.
Exit status: 0 ok or analyzer_exited; 1 stopped before a verdict, or the report could
not be written; 2 bad usage or configuration refused before sending;
3 endpoint_not_deployed; 4 consumer_not_created, job_expired, no_data,
waiting_for_fiber, configure_rejected; 5 server_unreachable, tls_error, server_error,
bad_response, client_error.
</source>
        <translation>  focusctl watch --server URL [--view multichannel|singlechannel|waterfall] [--channels A-B]
                 [--nfft N] [--freq A-B] [--height N] [--duration S] [--historic START-END]
                 [--rows N] [--row-count N] [--ready-timeout S] [--data-timeout S]
                 [--report FILE|-] [--lang en|he] [--fail-on-findings]
                 [--consumer-threshold S] [--record FILE] [--max-bad-replies N]
                 [--rows-from auto|rest|grpc] [--stream-ready-timeout S]
                 [--insecure | --ca-cert FILE | --pin-sha256 HEX]

watch: configures one job and follows it until --rows rows have arrived, the job ends
(208), or a timeout or fatal error, printing the timeline as it happens. Defaults: view
multichannel, channels 1-50, nfft 1024, frequencies 0-500 Hz, height 1000, time axis
(--duration) 30 s, live; --historic takes epoch seconds. --rows 100, --row-count 100
rows asked per poll, --ready-timeout 60 s, --data-timeout 30 s. --report writes the JSON
report to FILE, or to stdout with &quot;-&quot; (the timeline then goes to stderr). Ctrl-C stops
the job and still writes the report. The report&apos;s &quot;quality&quot; object counts every
data-quality finding; --fail-on-findings turns an exit status of 0 into 1 when any count
is not zero. --consumer-threshold (default 5 s for REST rows, 25 s for the gRPC stream,
whose port opens 7-21 s after configure on production servers): a consumer slower than
this is a finding. --stream-ready-timeout (default 45 s): how long after configure the
job&apos;s gRPC stream may refuse connections before the verdict. --record saves every raw reply to FILE for `focusctl replay`. A reply that
cannot be read is a finding (quality.malformed_replies) and the job goes on; only
--max-bad-replies (default 5) of them in a row end it as bad_response. --rows-from:
where the rows are read; auto (default) takes the REST waterfall where the server has
it and the job&apos;s gRPC stream (stream_url, stream_port) where it does not.
Exit status: 0 ok or analyzer_exited; 1 stopped before a verdict, or the report could
not be written; 2 bad usage or configuration refused before sending;
3 endpoint_not_deployed; 4 consumer_not_created, job_expired, no_data,
waiting_for_fiber, configure_rejected; 5 server_unreachable, tls_error, server_error,
bad_response, client_error.
</translation>
    </message>
    <message>
        <source>--stream-ready-timeout must be a number of seconds above 0 and at most 86400, not &quot;%1&quot;</source>
        <translation>--stream-ready-timeout must be a number of seconds above 0 and at most 86400, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>  backend options of watch (read-only, opt-in):
</source>
        <translation>  backend options of watch (read-only, opt-in):
</translation>
    </message>
    <message>
        <source>
With read access to the job&apos;s backend, a job that fails on the server&apos;s side (exit 3-5) gets
one look at it: its pod, its service and port (the Kubernetes API, e.g. `kubectl proxy` through
an SSH tunnel: ssh -L 8001:127.0.0.1:8001 NODE kubectl proxy, then http://127.0.0.1:8001), its
RabbitMQ queue and the live source smart_recorder (the management API). The first rung that
failed is the report&apos;s &quot;diagnosis_detail&quot; (pod_pending, port_held, queue_without_consumer,
...). The password comes from FOCUS_RABBITMQ_PASSWORD or is asked for on a terminal; only GET
requests are sent.
</source>
        <translation>
With read access to the job&apos;s backend, a job that fails on the server&apos;s side (exit 3-5) gets
one look at it: its pod, its service and port (the Kubernetes API, e.g. `kubectl proxy` through
an SSH tunnel: ssh -L 8001:127.0.0.1:8001 NODE kubectl proxy, then http://127.0.0.1:8001), its
RabbitMQ queue and the live source smart_recorder (the management API). The first rung that
failed is the report&apos;s &quot;diagnosis_detail&quot; (pod_pending, port_held, queue_without_consumer,
...). The password comes from FOCUS_RABBITMQ_PASSWORD or is asked for on a terminal; only GET
requests are sent.
</translation>
    </message>
</context>
<context>
    <name>CommonArgs</name>
    <message>
        <source>--server is required, e.g. --server http://127.0.0.1:5000</source>
        <translation>--server is required, e.g. --server http://127.0.0.1:5000</translation>
    </message>
    <message>
        <source>--server &quot;%1&quot; is not an http:// or https:// URL</source>
        <translation>--server &quot;%1&quot; is not an http:// or https:// URL</translation>
    </message>
    <message>
        <source>choose one of --insecure, --ca-cert and --pin-sha256</source>
        <translation>choose one of --insecure, --ca-cert and --pin-sha256</translation>
    </message>
    <message>
        <source>--ca-cert: cannot read &quot;%1&quot;</source>
        <translation>--ca-cert: cannot read &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--pin-sha256: &quot;%1&quot; is not a SHA-256 fingerprint (64 hex digits, colons optional)</source>
        <translation>--pin-sha256: &quot;%1&quot; is not a SHA-256 fingerprint (64 hex digits, colons optional)</translation>
    </message>
    <message>
        <source>Enter the Focus Server&apos;s URL, e.g. http://127.0.0.1:5000</source>
        <translation>Enter the Focus Server&apos;s URL, e.g. http://127.0.0.1:5000</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// URL</source>
        <translation>&quot;%1&quot; is not an http:// or https:// URL</translation>
    </message>
    <message>
        <source>Cannot read the certificate file &quot;%1&quot;</source>
        <translation>Cannot read the certificate file &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SHA-256 fingerprint (64 hex digits, colons optional)</source>
        <translation>&quot;%1&quot; is not a SHA-256 fingerprint (64 hex digits, colons optional)</translation>
    </message>
</context>
<context>
    <name>ConfigureText</name>
    <message>
        <source>View</source>
        <translation>View</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
    <message>
        <source>NFFT</source>
        <translation>NFFT</translation>
    </message>
    <message>
        <source>Frequency range</source>
        <translation>Frequency range</translation>
    </message>
    <message>
        <source>Display height</source>
        <translation>Display height</translation>
    </message>
    <message>
        <source>Time axis</source>
        <translation>Time axis</translation>
    </message>
    <message>
        <source>Time window</source>
        <translation>Time window</translation>
    </message>
    <message>
        <source>The server refused the job: it is waiting for the fiber (HTTP %1). There is no live data until the fiber is back.</source>
        <translation>The server refused the job: it is waiting for the fiber (HTTP %1). There is no live data until the fiber is back.</translation>
    </message>
    <message>
        <source>The server refused the job: no recording in this time window (HTTP %1).</source>
        <translation>The server refused the job: no recording in this time window (HTTP %1).</translation>
    </message>
    <message>
        <source>The server refused the job as invalid (HTTP %1).</source>
        <translation>The server refused the job as invalid (HTTP %1).</translation>
    </message>
    <message>
        <source>The server refused the job (HTTP %1).</source>
        <translation>The server refused the job (HTTP %1).</translation>
    </message>
    <message>
        <source>The server refused the job.</source>
        <translation>The server refused the job.</translation>
    </message>
    <message>
        <source>Server message: %1</source>
        <translation>Server message: %1</translation>
    </message>
    <message>
        <source>Channels %1 (%2; bounds the form) · %3 says %4</source>
        <translation>Channels %1 (%2; bounds the form) · %3 says %4</translation>
    </message>
    <message>
        <source>The server&apos;s answer does not match the contract: %1</source>
        <translation>The server&apos;s answer does not match the contract: %1</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
</context>
<context>
    <name>GuiArgs</name>
    <message>
        <source>Focus Waterfall Viewer: watch a Focus Server job come alive and stream.</source>
        <translation>Focus Waterfall Viewer: watch a Focus Server job come alive and stream.</translation>
    </message>
    <message>
        <source>Focus Server base URL (default: the built-in emulator).</source>
        <translation>Focus Server base URL (default: the built-in emulator).</translation>
    </message>
    <message>
        <source>Language: en or he.</source>
        <translation>Language: en or he.</translation>
    </message>
    <message>
        <source>Do not verify the server&apos;s TLS certificate (marked in the window).</source>
        <translation>Do not verify the server&apos;s TLS certificate (marked in the window).</translation>
    </message>
    <message>
        <source>Trust this CA or server certificate file.</source>
        <translation>Trust this CA or server certificate file.</translation>
    </message>
    <message>
        <source>Trust the server certificate with this SHA-256 fingerprint.</source>
        <translation>Trust the server certificate with this SHA-256 fingerprint.</translation>
    </message>
    <message>
        <source>Scenario of the built-in emulator: %1.</source>
        <translation>Scenario of the built-in emulator: %1.</translation>
    </message>
    <message>
        <source>Save a screenshot of the main window to FILE.</source>
        <translation>Save a screenshot of the main window to FILE.</translation>
    </message>
    <message>
        <source>Seconds before the screenshot (default 3).</source>
        <translation>Seconds before the screenshot (default 3).</translation>
    </message>
    <message>
        <source>Quit after S seconds.</source>
        <translation>Quit after S seconds.</translation>
    </message>
    <message>
        <source>--lang must be en or he</source>
        <translation>--lang must be en or he</translation>
    </message>
    <message>
        <source>--demo-scenario must be one of: %1</source>
        <translation>--demo-scenario must be one of: %1</translation>
    </message>
    <message>
        <source>--%1 must be a number of seconds from 0 to 86400</source>
        <translation>--%1 must be a number of seconds from 0 to 86400</translation>
    </message>
    <message>
        <source>Configure the job of the form at startup.</source>
        <translation>Configure the job of the form at startup.</translation>
    </message>
    <message>
        <source>Side tab shown at start: configure, endpoints or quality.</source>
        <translation>Side tab shown at start: configure, endpoints or quality.</translation>
    </message>
    <message>
        <source>Save the HTML session report (and its JSON) to FILE when the screenshot is taken.</source>
        <translation>Save the HTML session report (and its JSON) to FILE when the screenshot is taken.</translation>
    </message>
    <message>
        <source>--tab must be configure, endpoints or quality</source>
        <translation>--tab must be configure, endpoints or quality</translation>
    </message>
    <message>
        <source>Open this session recording at start (as File → Open recording).</source>
        <translation>Open this session recording at start (as File → Open recording).</translation>
    </message>
    <message>
        <source>Replay speed: 1 real time (default), 4, 16, ...; 0 as fast as possible.</source>
        <translation>Replay speed: 1 real time (default), 4, 16, ...; 0 as fast as possible.</translation>
    </message>
    <message>
        <source>--replay-speed must be a number from 0 (as fast as possible) to 10000</source>
        <translation>--replay-speed must be a number from 0 (as fast as possible) to 10000</translation>
    </message>
    <message>
        <source>Window size at start, e.g. 1366x768 (default: the last size, or most of the screen).</source>
        <translation>Window size at start, e.g. 1366x768 (default: the last size, or most of the screen).</translation>
    </message>
    <message>
        <source>Start in presentation mode: full screen, the waterfall and the diagnosis only (F11 leaves it).</source>
        <translation>Start in presentation mode: full screen, the waterfall and the diagnosis only (F11 leaves it).</translation>
    </message>
    <message>
        <source>--window-size must be WIDTHxHEIGHT in pixels, from 320x240 to 16384x16384, e.g. 1366x768</source>
        <translation>--window-size must be WIDTHxHEIGHT in pixels, from 320x240 to 16384x16384, e.g. 1366x768</translation>
    </message>
    <message>
        <source>The settings file could not be read: started with the default settings. The old file was kept as %1.</source>
        <translation>The settings file could not be read: started with the default settings. The old file was kept as %1.</translation>
    </message>
    <message>
        <source>The settings file %1 could not be read: the default settings are used and nothing will be saved over it.</source>
        <translation>The settings file %1 could not be read: the default settings are used and nothing will be saved over it.</translation>
    </message>
    <message>
        <source>Seconds after configure the job&apos;s gRPC stream may refuse connections, 1 to 600 (default 45; the form&apos;s &quot;Stream ready within&quot;).</source>
        <translation>Seconds after configure the job&apos;s gRPC stream may refuse connections, 1 to 600 (default 45; the form&apos;s &quot;Stream ready within&quot;).</translation>
    </message>
    <message>
        <source>--stream-ready-timeout must be a whole number of seconds from 1 to 600</source>
        <translation>--stream-ready-timeout must be a whole number of seconds from 1 to 600</translation>
    </message>
</context>
<context>
    <name>LadderText</name>
    <message>
        <source>route deployed</source>
        <translation>route deployed</translation>
    </message>
    <message>
        <source>configure accepted</source>
        <translation>configure accepted</translation>
    </message>
    <message>
        <source>job&apos;s pod</source>
        <translation>job&apos;s pod</translation>
    </message>
    <message>
        <source>service and port</source>
        <translation>service and port</translation>
    </message>
    <message>
        <source>job&apos;s queue</source>
        <translation>job&apos;s queue</translation>
    </message>
    <message>
        <source>live source</source>
        <translation>live source</translation>
    </message>
    <message>
        <source>stream open</source>
        <translation>stream open</translation>
    </message>
    <message>
        <source>first frame</source>
        <translation>first frame</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>not read</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FAILED</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation>does not apply</translation>
    </message>
    <message>
        <source>the job&apos;s pod was never created</source>
        <translation>the job&apos;s pod was never created</translation>
    </message>
    <message>
        <source>the job&apos;s pod cannot be scheduled</source>
        <translation>the job&apos;s pod cannot be scheduled</translation>
    </message>
    <message>
        <source>the job&apos;s pod keeps crashing</source>
        <translation>the job&apos;s pod keeps crashing</translation>
    </message>
    <message>
        <source>the job&apos;s pod has exited</source>
        <translation>the job&apos;s pod has exited</translation>
    </message>
    <message>
        <source>the job has no service for its stream port</source>
        <translation>the job has no service for its stream port</translation>
    </message>
    <message>
        <source>another service holds the job&apos;s stream port</source>
        <translation>another service holds the job&apos;s stream port</translation>
    </message>
    <message>
        <source>the job&apos;s service exposes another port</source>
        <translation>the job&apos;s service exposes another port</translation>
    </message>
    <message>
        <source>the job&apos;s queue was never declared</source>
        <translation>the job&apos;s queue was never declared</translation>
    </message>
    <message>
        <source>nobody consumes the job&apos;s queue</source>
        <translation>nobody consumes the job&apos;s queue</translation>
    </message>
    <message>
        <source>the job&apos;s queue fills and nothing is delivered</source>
        <translation>the job&apos;s queue fills and nothing is delivered</translation>
    </message>
    <message>
        <source>the live source (smart_recorder) is idle</source>
        <translation>the live source (smart_recorder) is idle</translation>
    </message>
    <message>
        <source>after %1 s</source>
        <translation>after %1 s</translation>
    </message>
    <message>
        <source>the REST waterfall route is deployed</source>
        <translation>the REST waterfall route is deployed</translation>
    </message>
    <message>
        <source>the REST waterfall route is not deployed; the rows are read from the job&apos;s gRPC stream</source>
        <translation>the REST waterfall route is not deployed; the rows are read from the job&apos;s gRPC stream</translation>
    </message>
    <message>
        <source>the rows are read from the job&apos;s gRPC stream</source>
        <translation>the rows are read from the job&apos;s gRPC stream</translation>
    </message>
    <message>
        <source>the REST waterfall route is not deployed on this server</source>
        <translation>the REST waterfall route is not deployed on this server</translation>
    </message>
    <message>
        <source>job %1</source>
        <translation>job %1</translation>
    </message>
    <message>
        <source>job %1, stream port %2</source>
        <translation>job %1, stream port %2</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>refused: %1</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>%1 accepted a connection</source>
        <translation>%1 accepted a connection</translation>
    </message>
    <message>
        <source>%1 refused connections for %2</source>
        <translation>%1 refused connections for %2</translation>
    </message>
    <message>
        <source>%1 did not answer for %2</source>
        <translation>%1 did not answer for %2</translation>
    </message>
    <message>
        <source>the job&apos;s consumer answers its routes</source>
        <translation>the job&apos;s consumer answers its routes</translation>
    </message>
    <message>
        <source>the job&apos;s routes answered 404 until the ready timeout</source>
        <translation>the job&apos;s routes answered 404 until the ready timeout</translation>
    </message>
    <message>
        <source>implied: the job&apos;s stream answered</source>
        <translation>implied: the job&apos;s stream answered</translation>
    </message>
    <message>
        <source>stopped before a row arrived</source>
        <translation>stopped before a row arrived</translation>
    </message>
    <message>
        <source>no row before the data timeout</source>
        <translation>no row before the data timeout</translation>
    </message>
    <message>
        <source>a historic job reads recorded data</source>
        <translation>a historic job reads recorded data</translation>
    </message>
    <message>
        <source>the first rows arrived</source>
        <translation>the first rows arrived</translation>
    </message>
</context>
<context>
    <name>ProbeCommand</name>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latency</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>WARNING: %1 %2 answered the probe with id &quot;%3&quot;: the server may have created a job.</source>
        <translation>WARNING: %1 %2 answered the probe with id &quot;%3&quot;: the server may have created a job.</translation>
    </message>
    <message>
        <source>Backend (no job needed):</source>
        <translation>Backend (no job needed):</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1: %2</translation>
    </message>
    <message>
        <source>  %1: %2 — %3</source>
        <translation>  %1: %2 — %3</translation>
    </message>
    <message>
        <source>broker</source>
        <translation>broker</translation>
    </message>
    <message>
        <source>focus-server pods</source>
        <translation>focus-server pods</translation>
    </message>
    <message>
        <source>  could not read: %1</source>
        <translation>  could not read: %1</translation>
    </message>
</context>
<context>
    <name>QualityText</name>
    <message>
        <source>Negative values</source>
        <translation>Negative values</translation>
    </message>
    <message>
        <source>Rows with negative values</source>
        <translation>Rows with negative values</translation>
    </message>
    <message>
        <source>Blocks with a negative amplitude range</source>
        <translation>Blocks with a negative amplitude range</translation>
    </message>
    <message>
        <source>Amplitude range violations</source>
        <translation>Amplitude range violations</translation>
    </message>
    <message>
        <source>Timestamp gaps</source>
        <translation>Timestamp gaps</translation>
    </message>
    <message>
        <source>Timestamp overlaps</source>
        <translation>Timestamp overlaps</translation>
    </message>
    <message>
        <source>Timestamps going backwards</source>
        <translation>Timestamps going backwards</translation>
    </message>
    <message>
        <source>Rows ending before they start</source>
        <translation>Rows ending before they start</translation>
    </message>
    <message>
        <source>Missing channels</source>
        <translation>Missing channels</translation>
    </message>
    <message>
        <source>Duplicate channels</source>
        <translation>Duplicate channels</translation>
    </message>
    <message>
        <source>Unexpected channels</source>
        <translation>Unexpected channels</translation>
    </message>
    <message>
        <source>Ragged rows</source>
        <translation>Ragged rows</translation>
    </message>
    <message>
        <source>NaN / Infinity values</source>
        <translation>NaN / Infinity values</translation>
    </message>
    <message>
        <source>Live metadata changes</source>
        <translation>Live metadata changes</translation>
    </message>
    <message>
        <source>Waiting-for-fiber periods</source>
        <translation>Waiting-for-fiber periods</translation>
    </message>
    <message>
        <source>Slow consumer creation</source>
        <translation>Slow consumer creation</translation>
    </message>
    <message>
        <source>Intensity samples below zero (a known backend defect).</source>
        <translation>Intensity samples below zero (a known backend defect).</translation>
    </message>
    <message>
        <source>Rows holding at least one negative sample.</source>
        <translation>Rows holding at least one negative sample.</translation>
    </message>
    <message>
        <source>Blocks whose current_min_amp or current_max_amp is negative.</source>
        <translation>Blocks whose current_min_amp or current_max_amp is negative.</translation>
    </message>
    <message>
        <source>Blocks whose current_max_amp is below current_min_amp, or holding a sample outside that range.</source>
        <translation>Blocks whose current_max_amp is below current_min_amp, or holding a sample outside that range.</translation>
    </message>
    <message>
        <source>A row starts after the previous row ended.</source>
        <translation>A row starts after the previous row ended.</translation>
    </message>
    <message>
        <source>A row starts before the previous row ended (but not before it started).</source>
        <translation>A row starts before the previous row ended (but not before it started).</translation>
    </message>
    <message>
        <source>A row starts before the previous row started.</source>
        <translation>A row starts before the previous row started.</translation>
    </message>
    <message>
        <source>Rows whose endTimestamp is not after their startTimestamp.</source>
        <translation>Rows whose endTimestamp is not after their startTimestamp.</translation>
    </message>
    <message>
        <source>Channels of the configured range absent from a row, counted per row.</source>
        <translation>Channels of the configured range absent from a row, counted per row.</translation>
    </message>
    <message>
        <source>Extra occurrences of a sensor within one row.</source>
        <translation>Extra occurrences of a sensor within one row.</translation>
    </message>
    <message>
        <source>Sensors outside the configured channel range.</source>
        <translation>Sensors outside the configured channel range.</translation>
    </message>
    <message>
        <source>Rows whose sensors carry different numbers of samples.</source>
        <translation>Rows whose sensors carry different numbers of samples.</translation>
    </message>
    <message>
        <source>NaN or Infinity samples sent by the server.</source>
        <translation>NaN or Infinity samples sent by the server.</translation>
    </message>
    <message>
        <source>Changes of dx, PRR, channel count or fiber description during the job.</source>
        <translation>Changes of dx, PRR, channel count or fiber description during the job.</translation>
    </message>
    <message>
        <source>Periods in which the server said it was waiting for the fiber.</source>
        <translation>Periods in which the server said it was waiting for the fiber.</translation>
    </message>
    <message>
        <source>The job&apos;s consumer took longer than the threshold to come alive, or never did.</source>
        <translation>The job&apos;s consumer took longer than the threshold to come alive, or never did.</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>pass</translation>
    </message>
    <message>
        <source>warn</source>
        <translation>warn</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>fail</translation>
    </message>
    <message>
        <source>%1 · channel %2</source>
        <translation>%1 · channel %2</translation>
    </message>
    <message>
        <source>channel spacing (dx)</source>
        <translation>channel spacing (dx)</translation>
    </message>
    <message>
        <source>pulse repetition rate</source>
        <translation>pulse repetition rate</translation>
    </message>
    <message>
        <source>number of channels</source>
        <translation>number of channels</translation>
    </message>
    <message>
        <source>fiber description</source>
        <translation>fiber description</translation>
    </message>
    <message>
        <source>Malformed replies</source>
        <translation>Malformed replies</translation>
    </message>
    <message>
        <source>Data replies whose body could not be read (truncated, wrong types); each is in the job log with its JSON path, and the job went on.</source>
        <translation>Data replies whose body could not be read (truncated, wrong types); each is in the job log with its JSON path, and the job went on.</translation>
    </message>
    <message>
        <source>Rows outside the requested window</source>
        <translation>Rows outside the requested window</translation>
    </message>
    <message>
        <source>Historic rows stamped before the requested start or at or after its end: not the data that was asked for.</source>
        <translation>Historic rows stamped before the requested start or at or after its end: not the data that was asked for.</translation>
    </message>
    <message>
        <source>%1 fail, %2 warn, %3 pass · %4</source>
        <translation>%1 fail, %2 warn, %3 pass · %4</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) checked</source>
        <translation>
            <numerusform>%Ln row checked</numerusform>
            <numerusform>%Ln rows checked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadinessText</name>
    <message>
        <source>multichannel</source>
        <translation>multichannel</translation>
    </message>
    <message>
        <source>single channel</source>
        <translation>single channel</translation>
    </message>
    <message>
        <source>waterfall</source>
        <translation>waterfall</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>value and unit</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <source>historic: %1 – %2 (%3)</source>
        <translation>historic: %1 – %2 (%3)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Configure sent</source>
        <translation>Configure sent</translation>
    </message>
    <message>
        <source>Job id %1</source>
        <translation>Job id %1</translation>
    </message>
    <message>
        <source>Configure answered %1</source>
        <translation>Configure answered %1</translation>
    </message>
    <message>
        <source>Job id</source>
        <translation>Job id</translation>
    </message>
    <message>
        <source>Consumer ready</source>
        <translation>Consumer ready</translation>
    </message>
    <message>
        <source>First data</source>
        <translation>First data</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Ended (208)</source>
        <translation>Ended (208)</translation>
    </message>
    <message>
        <source>%1 round trip</source>
        <translation>%1 round trip</translation>
    </message>
    <message>
        <source>not yet (%1)</source>
        <translation>not yet (%1)</translation>
    </message>
    <message>
        <source>No job yet: configure one and press Start.</source>
        <translation>No job yet: configure one and press Start.</translation>
    </message>
    <message>
        <source>Configuring the job…</source>
        <translation>Configuring the job…</translation>
    </message>
    <message>
        <source>Waiting for the job&apos;s consumer to appear…</source>
        <translation>Waiting for the job&apos;s consumer to appear…</translation>
    </message>
    <message>
        <source>The consumer is alive; waiting for the first rows…</source>
        <translation>The consumer is alive; waiting for the first rows…</translation>
    </message>
    <message>
        <source>No verdict.</source>
        <translation>No verdict.</translation>
    </message>
    <message>
        <source>view %1</source>
        <translation>view %1</translation>
    </message>
    <message>
        <source>channels %1</source>
        <translation>channels %1</translation>
    </message>
    <message>
        <source>nfft %1</source>
        <translation>nfft %1</translation>
    </message>
    <message>
        <source>frequency %1 Hz</source>
        <translation>frequency %1 Hz</translation>
    </message>
    <message>
        <source>height %1</source>
        <translation>height %1</translation>
    </message>
    <message>
        <source>time axis %1 s</source>
        <translation>time axis %1 s</translation>
    </message>
    <message>
        <source>historic %1–%2 (epoch s)</source>
        <translation>historic %1–%2 (epoch s)</translation>
    </message>
    <message>
        <source>lines_dt %1 s</source>
        <translation>lines_dt %1 s</translation>
    </message>
    <message>
        <source>Focus job report</source>
        <translation>Focus job report</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>insecure: TLS verification off</source>
        <translation>insecure: TLS verification off</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Started:</translation>
    </message>
    <message>
        <source>Job id:</source>
        <translation>Job id:</translation>
    </message>
    <message>
        <source>Configuration:</source>
        <translation>Configuration:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>State:</translation>
    </message>
    <message>
        <source>Diagnosis:</source>
        <translation>Diagnosis:</translation>
    </message>
    <message>
        <source>Configure refused:</source>
        <translation>Configure refused:</translation>
    </message>
    <message>
        <source>Rows received:</source>
        <translation>Rows received:</translation>
    </message>
    <message>
        <source>Waterfall polls:</source>
        <translation>Waterfall polls:</translation>
    </message>
    <message>
        <source>last %1, p95 %2, interval %3</source>
        <translation>last %1, p95 %2, interval %3</translation>
    </message>
    <message>
        <source>Timeline (after the configure reply)</source>
        <translation>Timeline (after the configure reply)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Configure round trip</source>
        <translation>Configure round trip</translation>
    </message>
    <message>
        <source>Replies per endpoint and status</source>
        <translation>Replies per endpoint and status</translation>
    </message>
    <message>
        <source>No request answered yet.</source>
        <translation>No request answered yet.</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <source>(%1 earlier errors left out; the JSON below lists all.)</source>
        <translation>(%1 earlier errors left out; the JSON below lists all.)</translation>
    </message>
    <message>
        <source>JSON report</source>
        <translation>JSON report</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errors</translation>
    </message>
    <message>
        <source>TLS:</source>
        <translation>TLS:</translation>
    </message>
    <message>
        <source>accepted (differs from the contract): %1</source>
        <translation>accepted (differs from the contract): %1</translation>
    </message>
    <message>
        <source>Stream ready</source>
        <translation>Stream ready</translation>
    </message>
    <message>
        <source>First frame</source>
        <translation>First frame</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln block(s)</source>
        <translation>
            <numerusform>%Ln block</numerusform>
            <numerusform>%Ln blocks</numerusform>
        </translation>
    </message>
    <message>
        <source>Ladder</source>
        <translation>Ladder</translation>
    </message>
    <message>
        <source>The backend was not opened (Job → Backend access…): its rungs are not read.</source>
        <translation>The backend was not opened (Job → Backend access…): its rungs are not read.</translation>
    </message>
    <message>
        <source>**Why:** %1 (%2).</source>
        <translation>**Why:** %1 (%2).</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Could not read: %1</source>
        <translation>Could not read: %1</translation>
    </message>
    <message>
        <source>Logs that explain it</source>
        <translation>Logs that explain it</translation>
    </message>
    <message>
        <source>Not read: %1</source>
        <translation>Not read: %1</translation>
    </message>
    <message>
        <source>No line names the job or an error.</source>
        <translation>No line names the job or an error.</translation>
    </message>
</context>
<context>
    <name>ReplayCommand</name>
    <message>
        <source>cannot replay &quot;%1&quot;: %2</source>
        <translation>cannot replay &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Replaying %1, recorded %2: %3 replies</source>
        <translation>Replaying %1, recorded %2: %3 replies</translation>
    </message>
    <message>
        <source>The recording has no end (it was cut short): replaying up to its last reply.</source>
        <translation>The recording has no end (it was cut short): replaying up to its last reply.</translation>
    </message>
</context>
<context>
    <name>SessionReport</name>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>First seen</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Latest</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>%1: %2 changed from %3 to %4</source>
        <translation>%1: %2 changed from %3 to %4</translation>
    </message>
    <message>
        <source>Replies by status</source>
        <translation>Replies by status</translation>
    </message>
    <message>
        <source>Waterfall poll latency p95: %1</source>
        <translation>Waterfall poll latency p95: %1</translation>
    </message>
    <message>
        <source>Focus Waterfall Viewer — session report</source>
        <translation>Focus Waterfall Viewer — session report</translation>
    </message>
    <message>
        <source>Session report</source>
        <translation>Session report</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Replayed from the recorded session</source>
        <translation>Replayed from the recorded session</translation>
    </message>
    <message>
        <source>Generated:</source>
        <translation>Generated:</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnosis</translation>
    </message>
    <message>
        <source>Job parameters</source>
        <translation>Job parameters</translation>
    </message>
    <message>
        <source>Job id</source>
        <translation>Job id</translation>
    </message>
    <message>
        <source>View</source>
        <translation>View</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
    <message>
        <source>Time window</source>
        <translation>Time window</translation>
    </message>
    <message>
        <source>Rows received</source>
        <translation>Rows received</translation>
    </message>
    <message>
        <source>Blocks received</source>
        <translation>Blocks received</translation>
    </message>
    <message>
        <source>Readiness timeline</source>
        <translation>Readiness timeline</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>Data quality</translation>
    </message>
    <message>
        <source>Waterfall</source>
        <translation>Waterfall</translation>
    </message>
    <message>
        <source>Findings in view are framed; magenta samples are negative.</source>
        <translation>Findings in view are framed; magenta samples are negative.</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Endpoints</translation>
    </message>
    <message>
        <source>The endpoints were not probed.</source>
        <translation>The endpoints were not probed.</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>available — answered %1 to an id that cannot exist, as the contract says</source>
        <translation>available — answered %1 to an id that cannot exist, as the contract says</translation>
    </message>
    <message>
        <source>available — answered %1 to an invalid request for an id that cannot exist, as the contract says</source>
        <translation>available — answered %1 to an invalid request for an id that cannot exist, as the contract says</translation>
    </message>
    <message>
        <source>available — answered %1 to an invalid configuration, as the contract says</source>
        <translation>available — answered %1 to an invalid configuration, as the contract says</translation>
    </message>
    <message>
        <source>available — answered %1 for a time range with no recording, as the contract says</source>
        <translation>available — answered %1 for a time range with no recording, as the contract says</translation>
    </message>
    <message>
        <source>available — answered %1 to our probe, as the contract says</source>
        <translation>available — answered %1 to our probe, as the contract says</translation>
    </message>
    <message>
        <source>not sent for this view</source>
        <translation>not sent for this view</translation>
    </message>
    <message>
        <source>NFFT</source>
        <translation>NFFT</translation>
    </message>
    <message>
        <source>Frequency range (Hz)</source>
        <translation>Frequency range (Hz)</translation>
    </message>
    <message>
        <source>Height (rows)</source>
        <translation>Height (rows)</translation>
    </message>
    <message>
        <source>Time axis (s)</source>
        <translation>Time axis (s)</translation>
    </message>
    <message>
        <source>The backend was not opened: its rungs are not read.</source>
        <translation>The backend was not opened: its rungs are not read.</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Why:</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Could not read:</source>
        <translation>Could not read:</translation>
    </message>
    <message>
        <source>Logs that explain it</source>
        <translation>Logs that explain it</translation>
    </message>
    <message>
        <source>Not read:</source>
        <translation>Not read:</translation>
    </message>
    <message>
        <source>No line names the job or an error.</source>
        <translation>No line names the job or an error.</translation>
    </message>
    <message>
        <source>Ladder</source>
        <translation>Ladder</translation>
    </message>
</context>
<context>
    <name>ValidationText</name>
    <message>
        <source>%1 Hz</source>
        <translation>%1 Hz</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>required: type a value</source>
        <translation>required: type a value</translation>
    </message>
    <message>
        <source>channel numbers start at 1 (%1 requested)</source>
        <translation>channel numbers start at 1 (%1 requested)</translation>
    </message>
    <message>
        <source>channel numbers start at 1 (%1 given)</source>
        <translation>channel numbers start at 1 (%1 given)</translation>
    </message>
    <message>
        <source>the fiber has channels %1 to %2 (%3 requested)</source>
        <translation>the fiber has channels %1 to %2 (%3 requested)</translation>
    </message>
    <message>
        <source>the last channel (%1) comes before the first (%2)</source>
        <comment>form</comment>
        <translation>the last channel (%1) comes before the first (%2)</translation>
    </message>
    <message>
        <source>the last channel (%1) comes before the first (%2)</source>
        <comment>focusctl</comment>
        <translation>the last channel (%1) comes before the first (%2)</translation>
    </message>
    <message>
        <source>at most %1 channels per job (%2 requested)</source>
        <translation>at most %1 channels per job (%2 requested)</translation>
    </message>
    <message>
        <source>at most %1 channels per job (%2 given)</source>
        <translation>at most %1 channels per job (%2 given)</translation>
    </message>
    <message>
        <source>a single-channel view takes exactly one channel</source>
        <translation>a single-channel view takes exactly one channel</translation>
    </message>
    <message>
        <source>a single-channel view takes exactly one channel (e.g. 7-7)</source>
        <translation>a single-channel view takes exactly one channel (e.g. 7-7)</translation>
    </message>
    <message>
        <source>must be a power of two from %1 to %2 (%3 chosen)</source>
        <translation>must be a power of two from %1 to %2 (%3 chosen)</translation>
    </message>
    <message>
        <source>must be a power of two from %1 to %2 (%3 given)</source>
        <translation>must be a power of two from %1 to %2 (%3 given)</translation>
    </message>
    <message>
        <source>the maximum (%1) must be above the minimum (%2)</source>
        <translation>the maximum (%1) must be above the minimum (%2)</translation>
    </message>
    <message>
        <source>the maximum (%1 Hz) must be above the minimum (%2 Hz)</source>
        <translation>the maximum (%1 Hz) must be above the minimum (%2 Hz)</translation>
    </message>
    <message>
        <source>must lie within %1 to %2 (%3 to %4 requested)</source>
        <translation>must lie within %1 to %2 (%3 to %4 requested)</translation>
    </message>
    <message>
        <source>must lie within %1-%2 Hz (%3-%4 given)</source>
        <translation>must lie within %1-%2 Hz (%3-%4 given)</translation>
    </message>
    <message>
        <source>must be at least one row (%1 requested)</source>
        <translation>must be at least one row (%1 requested)</translation>
    </message>
    <message>
        <source>must be at least 1 row (%1 given)</source>
        <translation>must be at least 1 row (%1 given)</translation>
    </message>
    <message>
        <source>must be longer than zero (%1 requested)</source>
        <translation>must be longer than zero (%1 requested)</translation>
    </message>
    <message>
        <source>must be above 0 s (%1 given)</source>
        <translation>must be above 0 s (%1 given)</translation>
    </message>
    <message>
        <source>a historic job needs both a start and an end</source>
        <translation>a historic job needs both a start and an end</translation>
    </message>
    <message>
        <source>needs both a start and an end</source>
        <translation>needs both a start and an end</translation>
    </message>
    <message>
        <source>the start must not be before 1970</source>
        <translation>the start must not be before 1970</translation>
    </message>
    <message>
        <source>the end must be after the start</source>
        <translation>the end must be after the start</translation>
    </message>
    <message>
        <source>the end (%1) must be after the start (%2)</source>
        <translation>the end (%1) must be after the start (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a field&apos;s label or option: what is wrong with it</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>WatchCommand</name>
    <message>
        <source>+%1 ms</source>
        <translation>+%1 ms</translation>
    </message>
    <message>
        <source>%1, channels %2, nfft %3, %4 Hz, height %5, time axis %6 s</source>
        <translation>%1, channels %2, nfft %3, %4 Hz, height %5, time axis %6 s</translation>
    </message>
    <message>
        <source>multichannel</source>
        <translation>multichannel</translation>
    </message>
    <message>
        <source>single channel</source>
        <translation>single channel</translation>
    </message>
    <message>
        <source>waterfall, channels %1, height %2</source>
        <translation>waterfall, channels %1, height %2</translation>
    </message>
    <message>
        <source>%1, historic %2 to %3 (epoch s %4)</source>
        <translation>%1, historic %2 to %3 (epoch s %4)</translation>
    </message>
    <message>
        <source>%1, live</source>
        <translation>%1, live</translation>
    </message>
    <message>
        <source>--report: cannot write &quot;%1&quot;: %2</source>
        <translation>--report: cannot write &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Configure failed after %1: %2</source>
        <translation>Configure failed after %1: %2</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Configure answered HTTP %1 after %2</source>
        <translation>Configure answered HTTP %1 after %2</translation>
    </message>
    <message>
        <source>%1  consumer ready</source>
        <translation>%1  consumer ready</translation>
    </message>
    <message>
        <source>%1  first data</source>
        <translation>%1  first data</translation>
    </message>
    <message>
        <source>%1  ended: the job&apos;s analyzer exited (208)</source>
        <translation>%1  ended: the job&apos;s analyzer exited (208)</translation>
    </message>
    <message>
        <source>Job %1 created; configure took %2. Waiting for its consumer…</source>
        <translation>Job %1 created; configure took %2. Waiting for its consumer…</translation>
    </message>
    <message>
        <source>%1  error: %2</source>
        <translation>%1  error: %2</translation>
    </message>
    <message>
        <source>%1  error on %2: %3</source>
        <translation>%1  error on %2: %3</translation>
    </message>
    <message>
        <source>%1  %2 rows received (--rows %3): stopping</source>
        <translation>%1  %2 rows received (--rows %3): stopping</translation>
    </message>
    <message>
        <source>Diagnosis: %1 — %2</source>
        <translation>Diagnosis: %1 — %2</translation>
    </message>
    <message>
        <source>%1  still waiting for the consumer</source>
        <translation>%1  still waiting for the consumer</translation>
    </message>
    <message>
        <source>%1  consumer alive, no data yet</source>
        <translation>%1  consumer alive, no data yet</translation>
    </message>
    <message>
        <source>Interrupted: stopping the job.</source>
        <translation>Interrupted: stopping the job.</translation>
    </message>
    <message>
        <source>Configure sent: %1</source>
        <translation>Configure sent: %1</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Report written to %1</translation>
    </message>
    <message>
        <source>Quality: no findings in %1 rows</source>
        <translation>Quality: no findings in %1 rows</translation>
    </message>
    <message>
        <source>Quality: %1</source>
        <translation>Quality: %1</translation>
    </message>
    <message>
        <source>%1  gRPC stream %2 of %3 connected</source>
        <translation>%1  gRPC stream %2 of %3 connected</translation>
    </message>
    <message>
        <source>%1  gRPC stream %2 of %3: first frame</source>
        <translation>%1  gRPC stream %2 of %3: first frame</translation>
    </message>
    <message>
        <source>%1  note on %2: accepted a reply that differs from the contract: %3</source>
        <translation>%1  note on %2: accepted a reply that differs from the contract: %3</translation>
    </message>
    <message>
        <source>Quality: nothing to check, no rows arrived</source>
        <translation>Quality: nothing to check, no rows arrived</translation>
    </message>
    <message>
        <source>%1  stream ready: the job&apos;s gRPC stream at %2 accepted the connection</source>
        <translation>%1  stream ready: the job&apos;s gRPC stream at %2 accepted the connection</translation>
    </message>
    <message>
        <source>%1  ended: every stream of the historic job delivered its rows and ended</source>
        <translation>%1  ended: every stream of the historic job delivered its rows and ended</translation>
    </message>
    <message>
        <source>%1  the REST waterfall route is NOT deployed on this server (404 {&quot;detail&quot;:&quot;Not Found&quot;}); reading the job&apos;s gRPC stream at %2 instead</source>
        <translation>%1  the REST waterfall route is NOT deployed on this server (404 {&quot;detail&quot;:&quot;Not Found&quot;}); reading the job&apos;s gRPC stream at %2 instead</translation>
    </message>
    <message>
        <source>%1  %2: %3</source>
        <translation>%1  %2: %3</translation>
    </message>
    <message>
        <source>%1  waiting for the job&apos;s gRPC stream at %2 to open — production servers take 7–21 s</source>
        <translation>%1  waiting for the job&apos;s gRPC stream at %2 to open — production servers take 7–21 s</translation>
    </message>
    <message>
        <source>%1  the job&apos;s gRPC stream is open, no frame yet</source>
        <translation>%1  the job&apos;s gRPC stream is open, no frame yet</translation>
    </message>
    <message>
        <source>Summary: %1 in %2</source>
        <translation>Summary: %1 in %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln block(s)</source>
        <translation>
            <numerusform>%Ln block</numerusform>
            <numerusform>%Ln blocks</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  %2 so far (%3)</source>
        <translation>%1  %2 so far (%3)</translation>
    </message>
</context>
<context>
    <name>WaterfallExportCaption</name>
    <message>
        <source>Viridis</source>
        <translation>Viridis</translation>
    </message>
    <message>
        <source>Inferno</source>
        <translation>Inferno</translation>
    </message>
    <message>
        <source>Turbo</source>
        <translation>Turbo</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Grey</translation>
    </message>
    <message>
        <source>Diverging (0 = white)</source>
        <translation>Diverging (0 = white)</translation>
    </message>
    <message>
        <source>Server %1</source>
        <translation>Server %1</translation>
    </message>
    <message>
        <source>no job</source>
        <translation>no job</translation>
    </message>
    <message>
        <source>job %1</source>
        <translation>job %1</translation>
    </message>
    <message>
        <source>%1 – %2 UTC (local time %3 – %4)</source>
        <translation>%1 – %2 UTC (local time %3 – %4)</translation>
    </message>
    <message>
        <source>%1, levels %2 to %3 dB</source>
        <translation>%1, levels %2 to %3 dB</translation>
    </message>
    <message>
        <source>%1, levels %2 to %3</source>
        <translation>%1, levels %2 to %3</translation>
    </message>
</context>
<context>
    <name>WaterfallExporter</name>
    <message>
        <source>Saved the view to %1</source>
        <translation>Saved the view to %1</translation>
    </message>
    <message>
        <source>Saved the visible window (lines: %1) to %2</source>
        <translation>Saved the visible window (lines: %1) to %2</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>Could not write %1</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 pixels</translation>
    </message>
    <message>
        <source>Saved %1 (the whole history) to %2</source>
        <translation>Saved %1 (the whole history) to %2</translation>
    </message>
    <message>
        <source>Saved %1 to %2, cropped to what one image can hold:</source>
        <translation>Saved %1 to %2, cropped to what one image can hold:</translation>
    </message>
    <message>
        <source>the oldest %1 of %2 lines were left out.</source>
        <translation>the oldest %1 of %2 lines were left out.</translation>
    </message>
    <message>
        <source>the last %1 channels were left out.</source>
        <translation>the last %1 channels were left out.</translation>
    </message>
</context>
<context>
    <name>WaterfallMarks</name>
    <message>
        <source>Jumped-to finding</source>
        <translation>Jumped-to finding</translation>
    </message>
    <message>
        <source>Row with negative samples</source>
        <translation>Row with negative samples</translation>
    </message>
    <message>
        <source>Block whose reported minimum/maximum is suspect</source>
        <translation>Block whose reported minimum/maximum is suspect</translation>
    </message>
    <message>
        <source>Gap: no rows from %1 to %2 (%3)</source>
        <translation>Gap: no rows from %1 to %2 (%3)</translation>
    </message>
    <message>
        <source>Overlap / time going back</source>
        <translation>Overlap / time going back</translation>
    </message>
    <message>
        <source>Time going back: this row starts at %1, before the previous row started (%2 before its end)</source>
        <translation>Time going back: this row starts at %1, before the previous row started (%2 before its end)</translation>
    </message>
    <message>
        <source>Overlap: this row starts at %1, %2 before the previous row ended</source>
        <translation>Overlap: this row starts at %1, %2 before the previous row ended</translation>
    </message>
    <message>
        <source>Negative value %1 at channel %2, %3</source>
        <translation>Negative value %1 at channel %2, %3</translation>
    </message>
</context>
<context>
    <name>focusctl</name>
    <message>
        <source>focusctl: unknown command &quot;%1&quot;</source>
        <translation>focusctl: unknown command &quot;%1&quot;</translation>
    </message>
    <message>
        <source>See &quot;%1 --help&quot; for the options.</source>
        <translation>See &quot;%1 --help&quot; for the options.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>the built-in emulator could not start: %1</source>
        <translation>the built-in emulator could not start: %1</translation>
    </message>
    <message>
        <source>%1 (built-in emulator, scenario %2)</source>
        <translation>%1 (built-in emulator, scenario %2)</translation>
    </message>
    <message>
        <source>Screenshot saved: %1</source>
        <translation>Screenshot saved: %1</translation>
    </message>
    <message>
        <source>Could not save the screenshot to %1</source>
        <translation>Could not save the screenshot to %1</translation>
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation>Report saved: %1</translation>
    </message>
    <message>
        <source>this build has no built-in emulator (WF_DEMO=OFF): give --server URL</source>
        <translation>this build has no built-in emulator (WF_DEMO=OFF): give --server URL</translation>
    </message>
</context>
<context>
    <name>wf::AboutDialog</name>
    <message>
        <source>About Focus Waterfall Viewer</source>
        <translation>About Focus Waterfall Viewer</translation>
    </message>
    <message>
        <source>Focus Waterfall Viewer</source>
        <translation>Focus Waterfall Viewer</translation>
    </message>
    <message>
        <source>Watch a Focus Server job come alive and stream: its status, every poll, and its rows as a live spectrogram with negative amplitudes highlighted.</source>
        <translation>Watch a Focus Server job come alive and stream: its status, every poll, and its rows as a live spectrogram with negative amplitudes highlighted.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1 (built with %2)</translation>
    </message>
    <message>
        <source>QCustomPlot %1</source>
        <translation>QCustomPlot %1</translation>
    </message>
    <message>
        <source>Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later), as QCustomPlot and Qt HttpServer require. This program comes with no warranty.</source>
        <translation>Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later), as QCustomPlot and Qt HttpServer require. This program comes with no warranty.</translation>
    </message>
</context>
<context>
    <name>wf::BackendAccessDialog</name>
    <message>
        <source>Bearer token file</source>
        <translation>Bearer token file</translation>
    </message>
    <message>
        <source>Enter the RabbitMQ management URL, the Kubernetes API URL, or both.</source>
        <translation>Enter the RabbitMQ management URL, the Kubernetes API URL, or both.</translation>
    </message>
    <message>
        <source>The RabbitMQ management URL must be an http:// or https:// address without a user or password, not &quot;%1&quot;.</source>
        <translation>The RabbitMQ management URL must be an http:// or https:// address without a user or password, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Enter the RabbitMQ user.</source>
        <translation>Enter the RabbitMQ user.</translation>
    </message>
    <message>
        <source>Enter the RabbitMQ password.</source>
        <translation>Enter the RabbitMQ password.</translation>
    </message>
    <message>
        <source>The Kubernetes API URL must be an http:// or https:// address (e.g. http://127.0.0.1:8001 for kubectl proxy), not &quot;%1&quot;.</source>
        <translation>The Kubernetes API URL must be an http:// or https:// address (e.g. http://127.0.0.1:8001 for kubectl proxy), not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The namespace must be a Kubernetes name (lower-case letters, digits and &apos;-&apos;), not &quot;%1&quot;.</source>
        <translation>The namespace must be a Kubernetes name (lower-case letters, digits and &apos;-&apos;), not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Type the password to check the broker with it.</source>
        <translation>Type the password to check the broker with it.</translation>
    </message>
    <message>
        <source>Asking the backend…</source>
        <translation>Asking the backend…</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 — %3</translation>
    </message>
    <message>
        <source>broker</source>
        <translation>broker</translation>
    </message>
    <message>
        <source>focus-server pods</source>
        <translation>focus-server pods</translation>
    </message>
    <message>
        <source>could not read: %1</source>
        <translation>could not read: %1</translation>
    </message>
    <message>
        <source>Backend access</source>
        <translation>Backend access</translation>
    </message>
    <message>
        <source>Read-only access to the backend of %1, for the job&apos;s ladder: why a consumer is not there. Only GET requests are sent.</source>
        <translation>Read-only access to the backend of %1, for the job&apos;s ladder: why a consumer is not there. Only GET requests are sent.</translation>
    </message>
    <message>
        <source>RabbitMQ management API</source>
        <translation>RabbitMQ management API</translation>
    </message>
    <message>
        <source>Kubernetes API</source>
        <translation>Kubernetes API</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>User:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>kept (type to replace)</source>
        <translation>kept (type to replace)</translation>
    </message>
    <message>
        <source>Kept in the desktop&apos;s keyring; where there is none, in memory until the viewer closes. Never in a settings file, a log or a report.</source>
        <translation>Kept in the desktop&apos;s keyring; where there is none, in memory until the viewer closes. Never in a settings file, a log or a report.</translation>
    </message>
    <message>
        <source>Token file:</source>
        <translation>Token file:</translation>
    </message>
    <message>
        <source>none (kubectl proxy)</source>
        <translation>none (kubectl proxy)</translation>
    </message>
    <message>
        <source>Namespace:</source>
        <translation>Namespace:</translation>
    </message>
    <message>
        <source>Through SSH to a node: ssh -L 8001:127.0.0.1:8001 NODE kubectl proxy, then http://127.0.0.1:8001</source>
        <translation>Through SSH to a node: ssh -L 8001:127.0.0.1:8001 NODE kubectl proxy, then http://127.0.0.1:8001</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Check access</source>
        <translation>Check access</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Forget</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>wf::BinChoice</name>
    <message>
        <source>Mean of bins</source>
        <translation>Mean of bins</translation>
    </message>
    <message>
        <source>Max of bins</source>
        <translation>Max of bins</translation>
    </message>
    <message>
        <source>One bin</source>
        <translation>One bin</translation>
    </message>
    <message>
        <source>How each channel&apos;s frequency bins (gRPC stream) become one value per line; a channel holding a negative bin always shows it</source>
        <translation>How each channel&apos;s frequency bins (gRPC stream) become one value per line; a channel holding a negative bin always shows it</translation>
    </message>
    <message>
        <source>The frequency bin shown (0 = the lowest frequency)</source>
        <translation>The frequency bin shown (0 = the lowest frequency)</translation>
    </message>
    <message>
        <source>mean of %1 bins</source>
        <translation>mean of %1 bins</translation>
    </message>
    <message>
        <source>max of %1 bins</source>
        <translation>max of %1 bins</translation>
    </message>
    <message>
        <source>bin %1, %2 Hz</source>
        <translation>bin %1, %2 Hz</translation>
    </message>
    <message>
        <source>bin %1</source>
        <translation>bin %1</translation>
    </message>
</context>
<context>
    <name>wf::BusyIndicator</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>wf::ConfigureForm</name>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>View</source>
        <translation>View</translation>
    </message>
    <message>
        <source>Multichannel</source>
        <translation>Multichannel</translation>
    </message>
    <message>
        <source>Single channel</source>
        <translation>Single channel</translation>
    </message>
    <message>
        <source>Waterfall</source>
        <translation>Waterfall</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
    <message>
        <source>First channel (1-based)</source>
        <translation>First channel (1-based)</translation>
    </message>
    <message>
        <source>Last channel; a single-channel view uses the first one only</source>
        <translation>Last channel; a single-channel view uses the first one only</translation>
    </message>
    <message>
        <source>NFFT</source>
        <translation>NFFT</translation>
    </message>
    <message>
        <source>FFT size: a power of two, 128 to 2048 for multichannel, up to 65536 for a single channel; always 1 for the waterfall view</source>
        <translation>FFT size: a power of two, 128 to 2048 for multichannel, up to 65536 for a single channel; always 1 for the waterfall view</translation>
    </message>
    <message>
        <source>Frequency range (Hz)</source>
        <translation>Frequency range (Hz)</translation>
    </message>
    <message>
        <source>Display height (rows)</source>
        <translation>Display height (rows)</translation>
    </message>
    <message>
        <source>Time axis (s)</source>
        <translation>Time axis (s)</translation>
    </message>
    <message>
        <source>The fiber has channels %1 to %2; one job takes at most %3.</source>
        <translation>The fiber has channels %1 to %2; one job takes at most %3.</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>at %1 along the fiber</source>
        <translation>at %1 along the fiber</translation>
    </message>
    <message>
        <source>%1 to %2 along the fiber</source>
        <translation>%1 to %2 along the fiber</translation>
    </message>
    <message>
        <source>Channel n lies at fiber start + (n − 1) × %1</source>
        <translation>Channel n lies at fiber start + (n − 1) × %1</translation>
    </message>
    <message>
        <source>Rows from</source>
        <translation>Rows from</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>REST waterfall</source>
        <translation>REST waterfall</translation>
    </message>
    <message>
        <source>gRPC stream</source>
        <translation>gRPC stream</translation>
    </message>
    <message>
        <source>Automatic reads the REST waterfall where the server has it and the job&apos;s gRPC stream (stream_url, stream_port) where it does not.</source>
        <translation>Automatic reads the REST waterfall where the server has it and the job&apos;s gRPC stream (stream_url, stream_port) where it does not.</translation>
    </message>
    <message>
        <source>Lowest frequency, %1 to %2</source>
        <translation>Lowest frequency, %1 to %2</translation>
    </message>
    <message>
        <source>%1 Hz</source>
        <translation>%1 Hz</translation>
    </message>
    <message>
        <source>Highest frequency, above the lowest and at most %1</source>
        <translation>Highest frequency, above the lowest and at most %1</translation>
    </message>
    <message>
        <source>First channel, %1 to %2</source>
        <translation>First channel, %1 to %2</translation>
    </message>
    <message>
        <source>Last channel, %1 to %2; a single-channel view uses the first one only</source>
        <translation>Last channel, %1 to %2; a single-channel view uses the first one only</translation>
    </message>
    <message>
        <source>Stream ready within (s)</source>
        <translation>Stream ready within (s)</translation>
    </message>
    <message>
        <source>How long after configure the job&apos;s gRPC stream may refuse connections before the job is given up: production servers open a job&apos;s stream 7–21 s after configure.</source>
        <translation>How long after configure the job&apos;s gRPC stream may refuse connections before the job is given up: production servers open a job&apos;s stream 7–21 s after configure.</translation>
    </message>
</context>
<context>
    <name>wf::ConnectDialog</name>
    <message>
        <source>CA or server certificate</source>
        <translation>CA or server certificate</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificates (*.pem *.crt *.cer *.der);;All files (*)</translation>
    </message>
    <message>
        <source>Choose the CA or certificate file to trust.</source>
        <translation>Choose the CA or certificate file to trust.</translation>
    </message>
    <message>
        <source>Enter the SHA-256 fingerprint to pin, or fetch it from the server.</source>
        <translation>Enter the SHA-256 fingerprint to pin, or fetch it from the server.</translation>
    </message>
    <message>
        <source>%1 is plain HTTP: there is no certificate to pin.</source>
        <translation>%1 is plain HTTP: there is no certificate to pin.</translation>
    </message>
    <message>
        <source>Asking %1 for its certificate…</source>
        <translation>Asking %1 for its certificate…</translation>
    </message>
    <message>
        <source>No certificate could be read: %1</source>
        <translation>No certificate could be read: %1</translation>
    </message>
    <message>
        <source>The server presents the certificate SHA-256 %1. Compare it with the fingerprint from the server&apos;s administrator before trusting it.</source>
        <translation>The server presents the certificate SHA-256 %1. Compare it with the fingerprint from the server&apos;s administrator before trusting it.</translation>
    </message>
    <message>
        <source>Connect to server</source>
        <translation>Connect to server</translation>
    </message>
    <message>
        <source>Focus Server base URL:</source>
        <translation>Focus Server base URL:</translation>
    </message>
    <message>
        <source>e.g. https://host/focus-server/</source>
        <translation>e.g. https://host/focus-server/</translation>
    </message>
    <message>
        <source>Trust the certificate by:</source>
        <translation>Trust the certificate by:</translation>
    </message>
    <message>
        <source>The system&apos;s certificate authorities</source>
        <translation>The system&apos;s certificate authorities</translation>
    </message>
    <message>
        <source>A CA or certificate file</source>
        <translation>A CA or certificate file</translation>
    </message>
    <message>
        <source>A pinned certificate (SHA-256 fingerprint)</source>
        <translation>A pinned certificate (SHA-256 fingerprint)</translation>
    </message>
    <message>
        <source>Do not verify (insecure, marked in the window)</source>
        <translation>Do not verify (insecure, marked in the window)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Fetch from server</source>
        <translation>Fetch from server</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Remembered for this server: the certificate pinned as SHA-256 %1.</source>
        <translation>Remembered for this server: the certificate pinned as SHA-256 %1.</translation>
    </message>
    <message>
        <source>Remembered for this server: trust the CA file %1.</source>
        <translation>Remembered for this server: trust the CA file %1.</translation>
    </message>
    <message>
        <source>Nothing remembered for this server: the system&apos;s certificate authorities decide.</source>
        <translation>Nothing remembered for this server: the system&apos;s certificate authorities decide.</translation>
    </message>
</context>
<context>
    <name>wf::ContrastControls</name>
    <message>
        <source>Auto contrast</source>
        <translation>Auto contrast</translation>
    </message>
    <message>
        <source>Auto once</source>
        <translation>Auto once</translation>
    </message>
    <message>
        <source>Fixed range</source>
        <translation>Fixed range</translation>
    </message>
    <message>
        <source>Server range</source>
        <translation>Server range</translation>
    </message>
    <message>
        <source>How the colour map&apos;s ends are chosen</source>
        <translation>How the colour map&apos;s ends are chosen</translation>
    </message>
    <message>
        <source>dB</source>
        <translation>dB</translation>
    </message>
    <message>
        <source>Lowest level</source>
        <translation>Lowest level</translation>
    </message>
    <message>
        <source>Highest level</source>
        <translation>Highest level</translation>
    </message>
    <message>
        <source>Lowest level: drag to fix the contrast</source>
        <translation>Lowest level: drag to fix the contrast</translation>
    </message>
    <message>
        <source>Highest level: drag to fix the contrast</source>
        <translation>Highest level: drag to fix the contrast</translation>
    </message>
    <message>
        <source>The range the server gives: each REST block&apos;s current_min_amp … current_max_amp, or the gRPC stream&apos;s scale, global_minimum … global_maximum</source>
        <translation>The range the server gives: each REST block&apos;s current_min_amp … current_max_amp, or the gRPC stream&apos;s scale, global_minimum … global_maximum</translation>
    </message>
</context>
<context>
    <name>wf::EndpointPanel</name>
    <message>
        <source>Server endpoints</source>
        <translation>Server endpoints</translation>
    </message>
    <message>
        <source>Probe again</source>
        <translation>Probe again</translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation>Copy as Markdown</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latency</translation>
    </message>
    <message>
        <source>Checked at</source>
        <translation>Checked at</translation>
    </message>
    <message>
        <source>Probing the server…</source>
        <translation>Probing the server…</translation>
    </message>
    <message>
        <source>Not probed yet</source>
        <translation>Not probed yet</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Probe again every</source>
        <translation>Probe again every</translation>
    </message>
    <message>
        <source>Probe the server periodically, to see when a route appears after a deployment</source>
        <translation>Probe the server periodically, to see when a route appears after a deployment</translation>
    </message>
    <message>
        <source>Server information</source>
        <translation>Server information</translation>
    </message>
    <message>
        <source>Software version</source>
        <translation>Software version</translation>
    </message>
    <message>
        <source>Fiber</source>
        <translation>Fiber</translation>
    </message>
    <message>
        <source>Channel spacing (dx)</source>
        <translation>Channel spacing (dx)</translation>
    </message>
    <message>
        <source>Pulse rate (PRR)</source>
        <translation>Pulse rate (PRR)</translation>
    </message>
    <message>
        <source>State changes</source>
        <translation>State changes</translation>
    </message>
    <message>
        <source>Server information not loaded yet</source>
        <translation>Server information not loaded yet</translation>
    </message>
    <message>
        <source>Waiting for fiber: the server has no live data until the fiber is connected.</source>
        <translation>Waiting for fiber: the server has no live data until the fiber is connected.</translation>
    </message>
    <message>
        <source>Fiber connected: live data available.</source>
        <translation>Fiber connected: live data available.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>%1 first probe: %2</source>
        <translation>%1 first probe: %2</translation>
    </message>
    <message>
        <source>Channel range (%1)</source>
        <translation>Channel range (%1)</translation>
    </message>
    <message>
        <source>The server did not give its live metadata (%1).</source>
        <translation>The server did not give its live metadata (%1).</translation>
    </message>
    <message>
        <source>Channels (%1)</source>
        <translation>Channels (%1)</translation>
    </message>
    <message>
        <source>The fiber state is unknown: %1 answered in a shape this viewer does not know.</source>
        <translation>The fiber state is unknown: %1 answered in a shape this viewer does not know.</translation>
    </message>
    <message>
        <source>Note: %1 answered in a shape this viewer does not know (%2). An observation, not a failure: distances and the fiber state are not shown; the form is bounded by %3.</source>
        <translation>Note: %1 answered in a shape this viewer does not know (%2). An observation, not a failure: distances and the fiber state are not shown; the form is bounded by %3.</translation>
    </message>
    <message>
        <source>Note: the server disagrees with itself. %1.</source>
        <translation>Note: the server disagrees with itself. %1.</translation>
    </message>
</context>
<context>
    <name>wf::EndpointSummaryLine</name>
    <message>
        <source>checking the server again after the job&apos;s failure…</source>
        <translation>checking the server again after the job&apos;s failure…</translation>
    </message>
    <message>
        <source>%1 · checked %2</source>
        <translation>%1 · checked %2</translation>
    </message>
</context>
<context>
    <name>wf::JobParamsView</name>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Job id:</source>
        <translation>Job id:</translation>
    </message>
    <message>
        <source>View:</source>
        <translation>View:</translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation>Channels:</translation>
    </message>
    <message>
        <source>NFFT:</source>
        <translation>NFFT:</translation>
    </message>
    <message>
        <source>Frequency:</source>
        <translation>Frequency:</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Height:</translation>
    </message>
    <message>
        <source>Time axis:</source>
        <translation>Time axis:</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>Window:</translation>
    </message>
    <message>
        <source>lines_dt:</source>
        <translation>lines_dt:</translation>
    </message>
    <message>
        <source>INSECURE: certificate not verified</source>
        <translation>INSECURE: certificate not verified</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <source>%1 (%2 channels)</source>
        <translation>%1 (%2 channels)</translation>
    </message>
    <message>
        <source>Hz</source>
        <translation>Hz</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 rows</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>wf::JobWaitIndicator</name>
    <message>
        <source>Configuring the job…</source>
        <translation>Configuring the job…</translation>
    </message>
    <message>
        <source>Waiting for the job&apos;s gRPC stream to open…</source>
        <translation>Waiting for the job&apos;s gRPC stream to open…</translation>
    </message>
    <message>
        <source>Waiting for the job&apos;s consumer…</source>
        <translation>Waiting for the job&apos;s consumer…</translation>
    </message>
</context>
<context>
    <name>wf::LadderView</name>
    <message>
        <source>Why: %1 (%2).</source>
        <translation>Why: %1 (%2).</translation>
    </message>
    <message>
        <source>The backend is not opened: its rungs are not read.</source>
        <translation>The backend is not opened: its rungs are not read.</translation>
    </message>
    <message>
        <source>The backend will be read while a job waits for its consumer.</source>
        <translation>The backend will be read while a job waits for its consumer.</translation>
    </message>
    <message>
        <source>Reading the backend…</source>
        <translation>Reading the backend…</translation>
    </message>
    <message>
        <source>Backend read %1 after configure; nothing on it failed.</source>
        <translation>Backend read %1 after configure; nothing on it failed.</translation>
    </message>
    <message>
        <source>Could not read: %1</source>
        <translation>Could not read: %1</translation>
    </message>
    <message>
        <source>%1: not read: %2</source>
        <translation>%1: not read: %2</translation>
    </message>
    <message>
        <source>%1: no line names the job or an error</source>
        <translation>%1: no line names the job or an error</translation>
    </message>
    <message>
        <source>Ladder</source>
        <translation>Ladder</translation>
    </message>
    <message>
        <source>From the route to the first frame: each step the job needs, with its state, when it was seen and its evidence.</source>
        <translation>From the route to the first frame: each step the job needs, with its state, when it was seen and its evidence.</translation>
    </message>
    <message>
        <source>Backend access…</source>
        <translation>Backend access…</translation>
    </message>
    <message>
        <source>Open the server&apos;s RabbitMQ and Kubernetes to read why a consumer is not there (read-only).</source>
        <translation>Open the server&apos;s RabbitMQ and Kubernetes to read why a consumer is not there (read-only).</translation>
    </message>
    <message>
        <source>Logs that explain it</source>
        <translation>Logs that explain it</translation>
    </message>
</context>
<context>
    <name>wf::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Switch language</source>
        <translation>Switch language</translation>
    </message>
</context>
<context>
    <name>wf::MainWindow</name>
    <message>
        <source>Focus Waterfall Viewer — INSECURE TLS</source>
        <translation>Focus Waterfall Viewer — INSECURE TLS</translation>
    </message>
    <message>
        <source>Focus Waterfall Viewer</source>
        <translation>Focus Waterfall Viewer</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Configure</source>
        <translation>Configure</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Endpoints</translation>
    </message>
    <message>
        <source>&amp;Connect to server…</source>
        <translation>&amp;Connect to server…</translation>
    </message>
    <message>
        <source>That row is no longer in the waterfall&apos;s history.</source>
        <translation>That row is no longer in the waterfall&apos;s history.</translation>
    </message>
    <message>
        <source>Save session report</source>
        <translation>Save session report</translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation>HTML report (*.html)</translation>
    </message>
    <message>
        <source>Report saved: %1 and %2</source>
        <translation>Report saved: %1 and %2</translation>
    </message>
    <message>
        <source>&amp;Save session report…</source>
        <translation>&amp;Save session report…</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Quality</translation>
    </message>
    <message>
        <source>Record session</source>
        <translation>Record session</translation>
    </message>
    <message>
        <source>&amp;Open recording…</source>
        <translation>&amp;Open recording…</translation>
    </message>
    <message>
        <source>Recording to %1: the next job you start is recorded.</source>
        <translation>Recording to %1: the next job you start is recorded.</translation>
    </message>
    <message>
        <source>Stop &amp;recording</source>
        <translation>Stop &amp;recording</translation>
    </message>
    <message>
        <source>&amp;Record session…</source>
        <translation>&amp;Record session…</translation>
    </message>
    <message>
        <source>● REC %1 replies</source>
        <translation>● REC %1 replies</translation>
    </message>
    <message>
        <source>● REC waiting for the next job</source>
        <translation>● REC waiting for the next job</translation>
    </message>
    <message>
        <source>Recording to %1</source>
        <translation>Recording to %1</translation>
    </message>
    <message>
        <source>Session recordings (*.jsonl)</source>
        <translation>Session recordings (*.jsonl)</translation>
    </message>
    <message>
        <source>Open recording</source>
        <translation>Open recording</translation>
    </message>
    <message>
        <source>Session recordings (*.jsonl);;All files (*)</source>
        <translation>Session recordings (*.jsonl);;All files (*)</translation>
    </message>
    <message>
        <source>Replaying %1: %2 replies recorded from %3.</source>
        <translation>Replaying %1: %2 replies recorded from %3.</translation>
    </message>
    <message>
        <source>Back to live: the panels follow the live job again.</source>
        <translation>Back to live: the panels follow the live job again.</translation>
    </message>
    <message>
        <source>Replay: %1 — %2</source>
        <translation>Replay: %1 — %2</translation>
    </message>
    <message>
        <source>Job status</source>
        <translation>Job status</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>&amp;Presentation mode</translation>
    </message>
    <message>
        <source>Full screen with the waterfall and the diagnosis only (F11 returns)</source>
        <translation>Full screen with the waterfall and the diagnosis only (F11 returns)</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>&amp;Reset layout</translation>
    </message>
    <message>
        <source>&amp;Job</source>
        <translation>&amp;Job</translation>
    </message>
    <message>
        <source>Re-&amp;probe endpoints</source>
        <translation>Re-&amp;probe endpoints</translation>
    </message>
    <message>
        <source>&amp;Waterfall</source>
        <translation>&amp;Waterfall</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Keyboard shortcuts…</translation>
    </message>
    <message>
        <source>&amp;About Focus Waterfall Viewer…</source>
        <translation>&amp;About Focus Waterfall Viewer…</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Open &amp;log folder</translation>
    </message>
    <message>
        <source>No log file is written (the folder could not be made)</source>
        <translation>No log file is written (the folder could not be made)</translation>
    </message>
    <message>
        <source>The log file: %1</source>
        <translation>The log file: %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <source>Probing the server&apos;s endpoints…</source>
        <translation>Probing the server&apos;s endpoints…</translation>
    </message>
    <message>
        <source>&amp;Backend access…</source>
        <translation>&amp;Backend access…</translation>
    </message>
    <message>
        <source>RabbitMQ password</source>
        <translation>RabbitMQ password</translation>
    </message>
    <message>
        <source>The password of %1 on %2, for the job&apos;s ladder. No keyring is available: it is kept in memory until the viewer closes.</source>
        <translation>The password of %1 on %2, for the job&apos;s ladder. No keyring is available: it is kept in memory until the viewer closes.</translation>
    </message>
    <message>
        <source>Backend access forgotten for %1.</source>
        <translation>Backend access forgotten for %1.</translation>
    </message>
    <message>
        <source>The RabbitMQ password is in the desktop&apos;s keyring.</source>
        <translation>The RabbitMQ password is in the desktop&apos;s keyring.</translation>
    </message>
    <message>
        <source>No keyring took the RabbitMQ password (%1): it is kept in memory until the viewer closes.</source>
        <translation>No keyring took the RabbitMQ password (%1): it is kept in memory until the viewer closes.</translation>
    </message>
</context>
<context>
    <name>wf::QualityPanel</name>
    <message>
        <source>No job followed yet</source>
        <translation>No job followed yet</translation>
    </message>
    <message>
        <source>Double-click to show it in the waterfall</source>
        <translation>Double-click to show it in the waterfall</translation>
    </message>
    <message>
        <source>%1  %2 changed from %3 to %4</source>
        <translation>%1  %2 changed from %3 to %4</translation>
    </message>
    <message>
        <source>%1  waiting for fiber until %2</source>
        <translation>%1  waiting for fiber until %2</translation>
    </message>
    <message>
        <source>%1  waiting for fiber (still)</source>
        <translation>%1  waiting for fiber (still)</translation>
    </message>
    <message>
        <source>Consumer came alive after %1 (threshold %2)</source>
        <translation>Consumer came alive after %1 (threshold %2)</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>First seen</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Latest</translation>
    </message>
    <message>
        <source>Fail at</source>
        <translation>Fail at</translation>
    </message>
    <message>
        <source>A count at or above this fails the check; below it, a non-zero count warns. 0: only warn.</source>
        <translation>A count at or above this fails the check; below it, a non-zero count warns. 0: only warn.</translation>
    </message>
    <message>
        <source>Consumer threshold:</source>
        <translation>Consumer threshold:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>A consumer slower than this to come alive is a finding.</source>
        <translation>A consumer slower than this to come alive is a finding.</translation>
    </message>
    <message>
        <source>Metadata and consumer</source>
        <translation>Metadata and consumer</translation>
    </message>
</context>
<context>
    <name>wf::ReadinessPanel</name>
    <message>
        <source>Job status</source>
        <translation>Job status</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Copy report</translation>
    </message>
    <message>
        <source>Copy a Markdown report of this job for a bug report</source>
        <translation>Copy a Markdown report of this job for a bug report</translation>
    </message>
    <message>
        <source>Save log…</source>
        <translation>Save log…</translation>
    </message>
    <message>
        <source>Timeline (after the configure reply)</source>
        <translation>Timeline (after the configure reply)</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Diagnosis code, as in focusctl watch&apos;s report</source>
        <translation>Diagnosis code, as in focusctl watch&apos;s report</translation>
    </message>
    <message>
        <source>took %1</source>
        <translation>took %1</translation>
    </message>
    <message>
        <source>%1 elapsed</source>
        <translation>%1 elapsed</translation>
    </message>
    <message>
        <source>No job has been started.</source>
        <translation>No job has been started.</translation>
    </message>
    <message>
        <source>Save request log</source>
        <translation>Save request log</translation>
    </message>
    <message>
        <source>Log files (*.log *.txt);;All files (*)</source>
        <translation>Log files (*.log *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Could not save %1: %2</translation>
    </message>
    <message>
        <source>Endpoints: %1</source>
        <translation>Endpoints: %1</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
</context>
<context>
    <name>wf::RecordingOpenFeedback</name>
    <message>
        <source>Loading the recording %1…</source>
        <translation>Loading the recording %1…</translation>
    </message>
    <message>
        <source>Opening the recording was cancelled.</source>
        <translation>Opening the recording was cancelled.</translation>
    </message>
    <message>
        <source>Open recording</source>
        <translation>Open recording</translation>
    </message>
</context>
<context>
    <name>wf::ReplayBar</name>
    <message>
        <source>As fast as possible</source>
        <translation>As fast as possible</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>Speed:</translation>
    </message>
    <message>
        <source>Back to live</source>
        <translation>Back to live</translation>
    </message>
    <message>
        <source>Close the replay and show the live job again.</source>
        <translation>Close the replay and show the live job again.</translation>
    </message>
    <message>
        <source>Replay: %1</source>
        <translation>Replay: %1</translation>
    </message>
    <message>
        <source>recorded %1 from %2</source>
        <translation>recorded %1 from %2</translation>
    </message>
    <message>
        <source>%1 · cut short: replayed up to its last reply</source>
        <translation>%1 · cut short: replayed up to its last reply</translation>
    </message>
    <message>
        <source>Replay again</source>
        <translation>Replay again</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <source>%1 s / %2 s</source>
        <translation>%1 s / %2 s</translation>
    </message>
</context>
<context>
    <name>wf::RepliesBox</name>
    <message>
        <source>Replies</source>
        <translation>Replies</translation>
    </message>
    <message>
        <source>Replies per endpoint and status</source>
        <translation>Replies per endpoint and status</translation>
    </message>
    <message>
        <source>Rows received: %1 in %2</source>
        <translation>Rows received: %1 in %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln block(s)</source>
        <translation>
            <numerusform>%Ln block</numerusform>
            <numerusform>%Ln blocks</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows from the gRPC stream at %1: %2 · %3</source>
        <translation>Rows from the gRPC stream at %1: %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln frame(s)</source>
        <translation>
            <numerusform>%Ln frame</numerusform>
            <numerusform>%Ln frames</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reconnect(s)</source>
        <translation>
            <numerusform>%Ln reconnect</numerusform>
            <numerusform>%Ln reconnects</numerusform>
        </translation>
    </message>
    <message>
        <source>Waterfall polls: last %1 · p95 %2 · poll interval %3</source>
        <translation>Waterfall polls: last %1 · p95 %2 · poll interval %3</translation>
    </message>
</context>
<context>
    <name>wf::ServerSwitchQuestion</name>
    <message>
        <source>(no id yet)</source>
        <translation>(no id yet)</translation>
    </message>
    <message>
        <source>Connect to server</source>
        <translation>Connect to server</translation>
    </message>
    <message numerus="yes">
        <source>Stop job %1 and discard %Ln row(s)?</source>
        <translation>
            <numerusform>Stop job %1 and discard %Ln row?</numerusform>
            <numerusform>Stop job %1 and discard %Ln rows?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discard job %1 and its %Ln row(s)?</source>
        <translation>
            <numerusform>Discard job %1 and its %Ln row?</numerusform>
            <numerusform>Discard job %1 and its %Ln rows?</numerusform>
        </translation>
    </message>
    <message>
        <source>The other server opens in this window: this job&apos;s rows, verdict and log are not kept. Save the session report first to keep them.</source>
        <translation>The other server opens in this window: this job&apos;s rows, verdict and log are not kept. Save the session report first to keep them.</translation>
    </message>
    <message>
        <source>Save report, then switch…</source>
        <translation>Save report, then switch…</translation>
    </message>
    <message>
        <source>Stop job and switch</source>
        <translation>Stop job and switch</translation>
    </message>
    <message>
        <source>Discard and switch</source>
        <translation>Discard and switch</translation>
    </message>
</context>
<context>
    <name>wf::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>The waterfall&apos;s keys work wherever the focus is, except while typing in a field.</source>
        <translation>The waterfall&apos;s keys work wherever the focus is, except while typing in a field.</translation>
    </message>
</context>
<context>
    <name>wf::StreamInspector</name>
    <message>
        <source>gRPC streams: timeline and latest frame</source>
        <translation>gRPC streams: timeline and latest frame</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
    <message>
        <source>First frame</source>
        <translation>First frame</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>Frames</translation>
    </message>
    <message>
        <source>Time lines</source>
        <translation>Time lines</translation>
    </message>
    <message>
        <source>Last row index</source>
        <translation>Last row index</translation>
    </message>
    <message>
        <source>Shape (x × y × z)</source>
        <translation>Shape (x × y × z)</translation>
    </message>
    <message>
        <source>Bytes (latest frame)</source>
        <translation>Bytes (latest frame)</translation>
    </message>
    <message>
        <source>Frames per second</source>
        <translation>Frames per second</translation>
    </message>
    <message>
        <source>Reconnects</source>
        <translation>Reconnects</translation>
    </message>
    <message>
        <source>Bad frames</source>
        <translation>Bad frames</translation>
    </message>
    <message>
        <source>Stream %1</source>
        <translation>Stream %1</translation>
    </message>
    <message>
        <source>Server scale (global_minimum – maximum)</source>
        <translation>Server scale (global_minimum – maximum)</translation>
    </message>
    <message>
        <source>Latest frame&apos;s values (data): min … max</source>
        <translation>Latest frame&apos;s values (data): min … max</translation>
    </message>
    <message>
        <source>%1, unchanged</source>
        <translation>%1, unchanged</translation>
    </message>
    <message>
        <source>changed once</source>
        <translation>changed once</translation>
    </message>
    <message>
        <source>changed %1 times</source>
        <translation>changed %1 times</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, %2, last at row %3</source>
        <translation>%1, %2, last at row %3</translation>
    </message>
    <message>
        <source>DataStream at %1 · %2 values per channel per line. The bytes are read as little-endian float32, channel-major (every bin of a channel, then the next): unverified on a real server. global_minimum and global_maximum are a colour scale the server keeps, not the frame&apos;s range: values outside it are data, not a defect.</source>
        <translation>DataStream at %1 · %2 values per channel per line. The bytes are read as little-endian float32, channel-major (every bin of a channel, then the next): unverified on a real server. global_minimum and global_maximum are a colour scale the server keeps, not the frame&apos;s range: values outside it are data, not a defect.</translation>
    </message>
    <message>
        <source>Frames dropped (this viewer could not keep up)</source>
        <translation>Frames dropped (this viewer could not keep up)</translation>
    </message>
    <message>
        <source>Scales not finite (ignored)</source>
        <translation>Scales not finite (ignored)</translation>
    </message>
</context>
<context>
    <name>wf::TimeWindowBox</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Time window</source>
        <translation>Time window</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Historic (recorded)</source>
        <translation>Historic (recorded)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Recordings from</source>
        <translation>Recordings from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Find recordings</source>
        <translation>Find recordings</translation>
    </message>
    <message>
        <source>Ask the server which recordings exist in this range</source>
        <translation>Ask the server which recordings exist in this range</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Type the window above, or find the recordings of a range and pick one.</source>
        <translation>Type the window above, or find the recordings of a range and pick one.</translation>
    </message>
    <message>
        <source>Searching for recordings…</source>
        <translation>Searching for recordings…</translation>
    </message>
    <message>
        <source>No recordings in this range.</source>
        <translation>No recordings in this range.</translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s) found. Pick one to fill the time window.</source>
        <translation>
            <numerusform>%n recording found. Pick it to fill the time window.</numerusform>
            <numerusform>%n recordings found. Pick one to fill the time window.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not list the recordings: %1</source>
        <translation>Could not list the recordings: %1</translation>
    </message>
    <message>
        <source>The end of the search range must be after its start.</source>
        <translation>The end of the search range must be after its start.</translation>
    </message>
    <message>
        <source>still recording</source>
        <translation>still recording</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>%1 so far</translation>
    </message>
</context>
<context>
    <name>wf::TlsBadges</name>
    <message>
        <source>TLS verification OFF</source>
        <translation>TLS verification OFF</translation>
    </message>
    <message>
        <source>Pinned certificate SHA-256 %1</source>
        <translation>Pinned certificate SHA-256 %1</translation>
    </message>
    <message>
        <source>The pin remembered for this server (File → Connect to server changes it).</source>
        <translation>The pin remembered for this server (File → Connect to server changes it).</translation>
    </message>
    <message>
        <source>The pin given on the command line.</source>
        <translation>The pin given on the command line.</translation>
    </message>
    <message>
        <source>Trusting the CA file %1</source>
        <translation>Trusting the CA file %1</translation>
    </message>
</context>
<context>
    <name>wf::WaterfallChart</name>
    <message>
        <source>Frequency bin</source>
        <translation>Frequency bin</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Frequency (Hz)</source>
        <translation>Frequency (Hz)</translation>
    </message>
    <message>
        <source>Distance (m, derived from dx)</source>
        <translation>Distance (m, derived from dx)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Amplitude (dB)</source>
        <translation>Amplitude (dB)</translation>
    </message>
    <message>
        <source>Amplitude</source>
        <translation>Amplitude</translation>
    </message>
</context>
<context>
    <name>wf::WaterfallHud</name>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <source>%1 rows/s</source>
        <translation>%1 rows/s</translation>
    </message>
    <message>
        <source>%1 fps</source>
        <translation>%1 fps</translation>
    </message>
    <message>
        <source>playout delay %1 s</source>
        <translation>playout delay %1 s</translation>
    </message>
    <message>
        <source>playout waiting for rows</source>
        <translation>playout waiting for rows</translation>
    </message>
    <message>
        <source>playout off</source>
        <translation>playout off</translation>
    </message>
    <message>
        <source>CPU %1 %</source>
        <translation>CPU %1 %</translation>
    </message>
    <message>
        <source>poll %1</source>
        <translation>poll %1</translation>
    </message>
    <message>
        <source>frame p95 %1</source>
        <translation>frame p95 %1</translation>
    </message>
    <message>
        <source>history %1 MiB</source>
        <translation>history %1 MiB</translation>
    </message>
</context>
<context>
    <name>wf::WaterfallPanel</name>
    <message>
        <source>Viridis</source>
        <translation>Viridis</translation>
    </message>
    <message>
        <source>Inferno</source>
        <translation>Inferno</translation>
    </message>
    <message>
        <source>Turbo</source>
        <translation>Turbo</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Grey</translation>
    </message>
    <message>
        <source>Diverging (0 = white)</source>
        <translation>Diverging (0 = white)</translation>
    </message>
    <message>
        <source>Colour map</source>
        <translation>Colour map</translation>
    </message>
    <message>
        <source>Highlight negatives</source>
        <translation>Highlight negatives</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>LIVE</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>Reset zoom</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>PNG of the view…</source>
        <translation>PNG of the view…</translation>
    </message>
    <message>
        <source>PNG at full resolution…</source>
        <translation>PNG at full resolution…</translation>
    </message>
    <message>
        <source>CSV of the visible window…</source>
        <translation>CSV of the visible window…</translation>
    </message>
    <message>
        <source>%1 s behind live</source>
        <translation>%1 s behind live</translation>
    </message>
    <message>
        <source>gap</source>
        <translation>gap</translation>
    </message>
    <message>
        <source>no sample</source>
        <translation>no sample</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Channel %1 · %2 m · %3 · value %4</source>
        <translation>Channel %1 · %2 m · %3 · value %4</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Smooth scroll</source>
        <translation>Smooth scroll</translation>
    </message>
    <message>
        <source>Rows scroll in at the pace of their own timestamps, a small delay behind the newest (sized from how irregularly they arrive), instead of jumping once per batch. Off: each batch is shown as it arrives</source>
        <translation>Rows scroll in at the pace of their own timestamps, a small delay behind the newest (sized from how irregularly they arrive), instead of jumping once per batch. Off: each batch is shown as it arrives</translation>
    </message>
    <message>
        <source>Pause / live</source>
        <translation>Pause / live</translation>
    </message>
    <message>
        <source>Newest rows (live)</source>
        <translation>Newest rows (live)</translation>
    </message>
    <message>
        <source>Oldest rows in the history</source>
        <translation>Oldest rows in the history</translation>
    </message>
    <message>
        <source>A page newer</source>
        <translation>A page newer</translation>
    </message>
    <message>
        <source>A page older</source>
        <translation>A page older</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Negative samples: %1 in %2</source>
        <translation>Negative samples: %1 in %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message>
        <source>PAUSED · %1</source>
        <translation>PAUSED · %1</translation>
    </message>
</context>
<context>
    <name>wf::WaterfallPlot</name>
    <message>
        <source>Scroll back through history; the top is live</source>
        <translation>Scroll back through history; the top is live</translation>
    </message>
    <message>
        <source>No rows yet</source>
        <translation>No rows yet</translation>
    </message>
</context>
<context>
    <name>wf::WaterfallPlotLegend</name>
    <message>
        <source>Negative value</source>
        <translation>Negative value</translation>
    </message>
    <message>
        <source>Gap (no rows)</source>
        <translation>Gap (no rows)</translation>
    </message>
    <message>
        <source>Overlap / time going back</source>
        <translation>Overlap / time going back</translation>
    </message>
    <message>
        <source>Jumped-to finding</source>
        <translation>Jumped-to finding</translation>
    </message>
    <message>
        <source>No rows arrived for this time: the band is as tall as the missing rows</source>
        <translation>No rows arrived for this time: the band is as tall as the missing rows</translation>
    </message>
    <message>
        <source>A line before a row that starts before the previous row ended, or before it started</source>
        <translation>A line before a row that starts before the previous row ended, or before it started</translation>
    </message>
    <message>
        <source>The frame around the finding you jumped to from the Quality tab</source>
        <translation>The frame around the finding you jumped to from the Quality tab</translation>
    </message>
    <message>
        <source>Suspect block min/max</source>
        <translation>Suspect block min/max</translation>
    </message>
    <message>
        <source>A sample below zero (in the image), a row holding one (strip right of the image)</source>
        <translation>A sample below zero (in the image), a row holding one (strip right of the image)</translation>
    </message>
    <message>
        <source>Strip left of the image: the block&apos;s reported minimum/maximum is negative, or its maximum is below its minimum</source>
        <translation>Strip left of the image: the block&apos;s reported minimum/maximum is negative, or its maximum is below its minimum</translation>
    </message>
</context>
<context>
    <name>wf::WaterfallTraces</name>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Amplitude</source>
        <translation>Amplitude</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
</context>
</TS>

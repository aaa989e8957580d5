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
</context>
<context>
    <name>focusctl</name>
    <message>
        <source>focusctl: unknown command &quot;%1&quot;</source>
        <translation>focusctl: unknown command &quot;%1&quot;</translation>
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
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>TLS verification OFF</source>
        <translation>TLS verification OFF</translation>
    </message>
</context>
</TS>

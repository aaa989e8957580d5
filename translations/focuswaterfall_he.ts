<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he_IL">
<context>
    <name>AppText</name>
    <message>
        <source>available</source>
        <translation>זמינה</translation>
    </message>
    <message>
        <source>not deployed</source>
        <translation>לא פרוסה</translation>
    </message>
    <message>
        <source>error</source>
        <translation>שגיאה</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>פסק זמן</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>לא נגישה</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>שגיאת TLS</translation>
    </message>
    <message>
        <source>Deployed API</source>
        <translation>API פרוס</translation>
    </message>
    <message>
        <source>Newer API</source>
        <translation>API חדש יותר</translation>
    </message>
    <message>
        <source>Route list</source>
        <translation>רשימת נתיבים</translation>
    </message>
    <message>
        <source>no reply within the timeout</source>
        <translation>לא התקבלה תשובה בתוך פסק הזמן</translation>
    </message>
    <message>
        <source>connection refused: nothing listens at this address</source>
        <translation>החיבור נדחה: אף שירות אינו מאזין בכתובת זו</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>המארח לא נמצא</translation>
    </message>
    <message>
        <source>the server closed the connection before the reply was complete</source>
        <translation>השרת סגר את החיבור לפני שהתשובה הושלמה</translation>
    </message>
    <message>
        <source>TLS failure: the server&apos;s certificate is not trusted</source>
        <translation>כשל TLS: תעודת השרת אינה מהימנה</translation>
    </message>
    <message>
        <source>the reply is larger than the size limit</source>
        <translation>התשובה חורגת ממגבלת הגודל</translation>
    </message>
    <message>
        <source>the server redirects to %1 (not followed)</source>
        <translation>השרת מפנה אל %1 (ההפניה לא בוצעה)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>בוטל</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>שגיאת רשת</translation>
    </message>
    <message>
        <source>listed in /openapi.json</source>
        <translation>הנתיב מופיע ב-/openapi.json</translation>
    </message>
    <message>
        <source>absent from /openapi.json</source>
        <translation>הנתיב אינו מופיע ב-/openapi.json</translation>
    </message>
    <message>
        <source>/openapi.json not available</source>
        <translation>הקובץ /openapi.json אינו זמין</translation>
    </message>
    <message>
        <source>Answered HTTP %1 as a deployed route does; %2.</source>
        <translation>התקבלה תשובת HTTP %1, כמו מנתיב פרוס; %2.</translation>
    </message>
    <message>
        <source>HTTP 404 {&quot;detail&quot;:&quot;Not Found&quot;}: the server has no such route; %1.</source>
        <translation>תשובת HTTP 404 {&quot;detail&quot;:&quot;Not Found&quot;}: אין לשרת נתיב כזה; %1.</translation>
    </message>
    <message>
        <source>HTTP 404 and absent from /openapi.json: the route is not deployed.</source>
        <translation>תשובת HTTP 404 והנתיב אינו מופיע ב-/openapi.json: הנתיב לא פרוס.</translation>
    </message>
    <message>
        <source>HTTP 405: the path exists but not with this method.</source>
        <translation>תשובת HTTP 405: הנתיב קיים, אך לא עבור המתודה הזו.</translation>
    </message>
    <message>
        <source>Unexpected HTTP %1 for this probe; %2.</source>
        <translation>תשובת HTTP %1 לא צפויה לבדיקה זו; %2.</translation>
    </message>
    <message>
        <source>HTTP %1, but the body does not match the contract.</source>
        <translation>תשובת HTTP %1, אך גוף התשובה אינו תואם לחוזה.</translation>
    </message>
    <message>
        <source>%1. Certificate SHA-256: %2</source>
        <translation>%1. טביעת האצבע (SHA-256) של התעודה: %2</translation>
    </message>
    <message>
        <source>Server unreachable</source>
        <translation>השרת אינו נגיש</translation>
    </message>
    <message>
        <source>Server reachable</source>
        <translation>השרת נגיש</translation>
    </message>
    <message>
        <source>%1/%2 deployed endpoints available</source>
        <translation>%1 מתוך %2 נקודות הקצה הפרוסות זמינות</translation>
    </message>
    <message>
        <source>waterfall endpoint available</source>
        <translation>נקודת הקצה של המפל זמינה</translation>
    </message>
    <message>
        <source>waterfall endpoint NOT deployed</source>
        <translation>נקודת הקצה של המפל לא פרוסה</translation>
    </message>
    <message>
        <source>waterfall endpoint: %1</source>
        <translation>נקודת הקצה של המפל: %1</translation>
    </message>
    <message>
        <source>INSECURE: TLS certificate verification is switched off (--insecure)</source>
        <translation>לא מאובטח: אימות תעודת ה-TLS כבוי (--insecure)</translation>
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
        <translation>שימוש:
  focusctl probe --server URL [--json] [--lang en|he] [--timeout-ms N]
                 [--insecure | --ca-cert FILE | --pin-sha256 HEX]

probe: בודקת אילו מנקודות הקצה שבחוזה של Focus Server קיימות בפועל בשרת,
בלי ליצור אף משימה. קוד יציאה: 0 כל נקודות הקצה הפרוסות זמינות;
1 השרת נגיש אך נקודת קצה פרוסה נכשלה; 2 שימוש שגוי; 3 נקודת קצה פרוסה או
נתיב המפל לא פרוסים; 5 השרת אינו נגיש או כשל TLS.
</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>ארגומנט לא צפוי &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--lang must be en or he</source>
        <translation>הערך של --lang חייב להיות en או he</translation>
    </message>
    <message>
        <source>--timeout-ms must be an integer from 1 to 600000</source>
        <translation>הערך של --timeout-ms חייב להיות מספר שלם בין 1 ל-600000</translation>
    </message>
</context>
<context>
    <name>CommonArgs</name>
    <message>
        <source>--server is required, e.g. --server http://127.0.0.1:5000</source>
        <translation>חובה לציין את --server, למשל --server http://127.0.0.1:5000</translation>
    </message>
    <message>
        <source>--server &quot;%1&quot; is not an http:// or https:// URL</source>
        <translation>הערך &quot;%1&quot; של --server אינו כתובת URL מסוג http:// או https://</translation>
    </message>
    <message>
        <source>choose one of --insecure, --ca-cert and --pin-sha256</source>
        <translation>יש לבחור רק אחת מהאפשרויות: --insecure, --ca-cert, --pin-sha256</translation>
    </message>
    <message>
        <source>--ca-cert: cannot read &quot;%1&quot;</source>
        <translation>--ca-cert: לא ניתן לקרוא את &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--pin-sha256: &quot;%1&quot; is not a SHA-256 fingerprint (64 hex digits, colons optional)</source>
        <translation>--pin-sha256: &quot;%1&quot; אינו טביעת אצבע SHA-256 (64 ספרות הקסדצימליות; אפשר להפריד בנקודתיים)</translation>
    </message>
</context>
<context>
    <name>GuiArgs</name>
    <message>
        <source>Focus Waterfall Viewer: watch a Focus Server job come alive and stream.</source>
        <translation>Focus Waterfall Viewer: צפייה במשימת Focus Server מרגע שהיא עולה ועד שהיא מזרימה נתונים.</translation>
    </message>
    <message>
        <source>Focus Server base URL (default: the built-in emulator).</source>
        <translation>כתובת הבסיס (URL) של Focus Server (ברירת מחדל: האמולטור המובנה).</translation>
    </message>
    <message>
        <source>Language: en or he.</source>
        <translation>שפה: en או he.</translation>
    </message>
    <message>
        <source>Do not verify the server&apos;s TLS certificate (marked in the window).</source>
        <translation>לא לאמת את תעודת ה-TLS של השרת (יסומן בחלון).</translation>
    </message>
    <message>
        <source>Trust this CA or server certificate file.</source>
        <translation>לסמוך על קובץ התעודה הזה (של CA או של השרת).</translation>
    </message>
    <message>
        <source>Trust the server certificate with this SHA-256 fingerprint.</source>
        <translation>לסמוך על תעודת השרת שטביעת האצבע (SHA-256) שלה היא זו.</translation>
    </message>
    <message>
        <source>Scenario of the built-in emulator: %1.</source>
        <translation>תרחיש של האמולטור המובנה: %1.</translation>
    </message>
    <message>
        <source>Save a screenshot of the main window to FILE.</source>
        <translation>לשמור צילום מסך של החלון הראשי בקובץ FILE.</translation>
    </message>
    <message>
        <source>Seconds before the screenshot (default 3).</source>
        <translation>מספר השניות עד צילום המסך (ברירת מחדל: 3).</translation>
    </message>
    <message>
        <source>Quit after S seconds.</source>
        <translation>לצאת לאחר S שניות.</translation>
    </message>
    <message>
        <source>--lang must be en or he</source>
        <translation>הערך של --lang חייב להיות en או he</translation>
    </message>
    <message>
        <source>--demo-scenario must be one of: %1</source>
        <translation>הערך של --demo-scenario חייב להיות אחד מאלה: %1</translation>
    </message>
    <message>
        <source>--%1 must be a number of seconds from 0 to 86400</source>
        <translation>הערך של --%1 חייב להיות מספר שניות בין 0 ל-86400</translation>
    </message>
</context>
<context>
    <name>ProbeCommand</name>
    <message>
        <source>Endpoint</source>
        <translation>נקודת קצה</translation>
    </message>
    <message>
        <source>State</source>
        <translation>מצב</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>השהיה</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>סיבה</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>שרת: %1</translation>
    </message>
</context>
<context>
    <name>focusctl</name>
    <message>
        <source>focusctl: unknown command &quot;%1&quot;</source>
        <translation>focusctl: פקודה לא מוכרת &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>the built-in emulator could not start: %1</source>
        <translation>לא ניתן היה להפעיל את האמולטור המובנה: %1</translation>
    </message>
    <message>
        <source>%1 (built-in emulator, scenario %2)</source>
        <translation>%1 (אמולטור מובנה, תרחיש %2)</translation>
    </message>
    <message>
        <source>Screenshot saved: %1</source>
        <translation>צילום המסך נשמר: %1</translation>
    </message>
    <message>
        <source>Could not save the screenshot to %1</source>
        <translation>לא ניתן היה לשמור את צילום המסך בקובץ %1</translation>
    </message>
</context>
<context>
    <name>wf::EndpointPanel</name>
    <message>
        <source>Server endpoints</source>
        <translation>נקודות הקצה של השרת</translation>
    </message>
    <message>
        <source>Probe again</source>
        <translation>בדיקה חוזרת</translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation>העתקה כ-Markdown</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>נקודת קצה</translation>
    </message>
    <message>
        <source>State</source>
        <translation>מצב</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>השהיה</translation>
    </message>
    <message>
        <source>Checked at</source>
        <translation>שעת הבדיקה</translation>
    </message>
    <message>
        <source>Probing the server…</source>
        <translation>בודקים את השרת…</translation>
    </message>
    <message>
        <source>Not probed yet</source>
        <translation>השרת טרם נבדק</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>סיבה</translation>
    </message>
</context>
<context>
    <name>wf::MainWindow</name>
    <message>
        <source>Focus Waterfall Viewer — INSECURE TLS</source>
        <translation>Focus Waterfall Viewer — TLS לא מאובטח</translation>
    </message>
    <message>
        <source>Focus Waterfall Viewer</source>
        <translation>Focus Waterfall Viewer</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;קובץ</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;יציאה</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;שפה</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>שרת: %1</translation>
    </message>
    <message>
        <source>TLS verification OFF</source>
        <translation>אימות TLS כבוי</translation>
    </message>
</context>
</TS>

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
    <message>
        <source>idle</source>
        <translation>לא פעילה</translation>
    </message>
    <message>
        <source>configuring</source>
        <translation>בהגדרה</translation>
    </message>
    <message>
        <source>waiting for the consumer</source>
        <translation>ממתינה לצרכן</translation>
    </message>
    <message>
        <source>consumer alive, no data yet</source>
        <translation>הצרכן פעיל, עדיין אין נתונים</translation>
    </message>
    <message>
        <source>streaming</source>
        <translation>בהזרמה</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>הסתיימה</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>נכשלה</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>נעצרה</translation>
    </message>
    <message>
        <source>The job&apos;s consumer is alive and rows are arriving.</source>
        <translation>הצרכן של המשימה פעיל ושורות מתקבלות.</translation>
    </message>
    <message>
        <source>The waterfall endpoint is not deployed on this server (404 {&quot;detail&quot;:&quot;Not Found&quot;} or absent from /openapi.json): the job may be fine, the route is missing.</source>
        <translation>נקודת הקצה של המפל לא פרוסה בשרת הזה (404 {&quot;detail&quot;:&quot;Not Found&quot;} או שאינה מופיעה ב-/openapi.json): ייתכן שהמשימה תקינה, אבל הנתיב חסר.</translation>
    </message>
    <message>
        <source>The job was configured, but its consumer never appeared: /metadata and /waterfall answered 404 until the ready timeout.</source>
        <translation>המשימה הוגדרה, אבל הצרכן שלה לא הופיע: נקודות הקצה /metadata ו-/waterfall החזירו 404 עד תום פסק הזמן למוכנות.</translation>
    </message>
    <message>
        <source>The job was alive, then the server stopped knowing it (404): the job expired or was removed.</source>
        <translation>המשימה הייתה פעילה, ואז השרת הפסיק להכיר אותה (404): תוקף המשימה פג או שהיא הוסרה.</translation>
    </message>
    <message>
        <source>The server is waiting for fiber: no live data can be configured until the fiber is back.</source>
        <translation>השרת ממתין לסיב: אי אפשר להגדיר קבלת נתונים בזמן אמת עד שהסיב יחזור לפעול.</translation>
    </message>
    <message>
        <source>The server refused the configuration.</source>
        <translation>השרת דחה את התצורה.</translation>
    </message>
    <message>
        <source>The server could not be reached.</source>
        <translation>השרת לא היה נגיש.</translation>
    </message>
    <message>
        <source>The TLS connection failed: the server&apos;s certificate is not trusted.</source>
        <translation>חיבור ה-TLS נכשל: תעודת השרת אינה מהימנה.</translation>
    </message>
    <message>
        <source>The server kept answering with errors (5xx).</source>
        <translation>השרת המשיך להחזיר שגיאות (5xx).</translation>
    </message>
    <message>
        <source>The server answered with something that does not match the contract.</source>
        <translation>השרת החזיר תשובה שאינה תואמת לחוזה.</translation>
    </message>
    <message>
        <source>The consumer is alive, but no data arrived before the data timeout.</source>
        <translation>הצרכן פעיל, אבל לא התקבלו נתונים לפני תום פסק הזמן לנתונים.</translation>
    </message>
    <message>
        <source>The server answered 400 to the waterfall request: the client asked for something invalid.</source>
        <translation>השרת החזיר 400 לבקשת המפל: הלקוח ביקש משהו לא תקין.</translation>
    </message>
    <message>
        <source>Stopped before a verdict.</source>
        <translation>המשימה נעצרה לפני שהתקבלה הכרעה.</translation>
    </message>
    <message>
        <source>the server&apos;s certificate changed and was refused: the pinned certificate is SHA-256 %1, the server now presents %2</source>
        <translation>תעודת השרת השתנתה ונדחתה: התעודה המוצמדת היא SHA-256 %1, והשרת מציג כעת %2</translation>
    </message>
    <message>
        <source>no certificate</source>
        <translation>אין תעודה</translation>
    </message>
    <message>
        <source>HTTP %1 to a request it should have refused, with id &quot;%2&quot;: the route is deployed, but the server does not validate it and MAY HAVE CREATED A JOB; %3.</source>
        <translation>HTTP %1 לבקשה שהיה עליו לדחות, עם מזהה &quot;%2&quot;: הנתיב פרוס, אבל השרת אינו מאמת אותה וייתכן שיצר משימה; %3.</translation>
    </message>
    <message>
        <source>HTTP %1 to a request it should have refused: the route is deployed, but the server does not validate it; %2.</source>
        <translation>HTTP %1 לבקשה שהיה עליו לדחות: הנתיב פרוס, אבל השרת אינו מאמת אותה; %2.</translation>
    </message>
    <message>
        <source>The REST waterfall endpoint is not deployed on this server; rows come from the job&apos;s gRPC stream.</source>
        <translation>נקודת הקצה של ה-waterfall ב-REST אינה פרוסה בשרת הזה; השורות מגיעות מזרם ה-gRPC של המשימה.</translation>
    </message>
    <message>
        <source>Stop job</source>
        <translation>עצירת המשימה</translation>
    </message>
    <message>
        <source>Start job</source>
        <translation>התחלת משימה</translation>
    </message>
    <message>
        <source>Stop following the job (the server ends it by itself)</source>
        <translation>הפסקת המעקב אחר המשימה (השרת מסיים אותה בעצמו)</translation>
    </message>
    <message>
        <source>Configure a job with the form&apos;s settings and follow it</source>
        <translation>הגדרת משימה לפי הגדרות הטופס ומעקב אחריה</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>כרגע</translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <translation>לפני %1 ש׳</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>לפני %1 דק׳</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>לפני %1 שע׳</translation>
    </message>
    <message>
        <source>The job&apos;s gRPC stream at %1 opened at +%2 s; waiting for its first frame…</source>
        <translation>זרם ה-gRPC של המשימה ב-%1 נפתח ב-‎+%2 s; ממתינים למסגרת הראשונה שלו…</translation>
    </message>
    <message>
        <source>The REST waterfall route is not deployed on this server. Waiting for the job&apos;s gRPC stream at %1 to open — production servers take 7–21 s (deadline %2 s).</source>
        <translation>נתיב ה-waterfall של REST אינו פרוס בשרת הזה. ממתינים שזרם ה-gRPC של המשימה ב-%1 ייפתח — בשרתי ייצור זה לוקח 7–21 s (מועד אחרון %2 s).</translation>
    </message>
    <message>
        <source>Waiting for the job&apos;s gRPC stream at %1 to open — production servers take 7–21 s (deadline %2 s).</source>
        <translation>ממתינים שזרם ה-gRPC של המשימה ב-%1 ייפתח — בשרתי ייצור זה לוקח 7–21 s (מועד אחרון %2 s).</translation>
    </message>
    <message>
        <source>The REST waterfall route is not deployed, and the job&apos;s gRPC stream at %1 refused connections for %2 s: this server offers no way to read the job&apos;s rows.</source>
        <translation>נתיב ה-waterfall של REST אינו פרוס, וזרם ה-gRPC של המשימה ב-%1 סירב לחיבורים במשך %2 s: השרת הזה אינו מציע שום דרך לקרוא את שורות המשימה.</translation>
    </message>
    <message>
        <source>The REST waterfall route is not deployed, and the job&apos;s gRPC stream at %1 did not answer for %2 s: this server offers no way to read the job&apos;s rows.</source>
        <translation>נתיב ה-waterfall של REST אינו פרוס, וזרם ה-gRPC של המשימה ב-%1 לא ענה במשך %2 s: השרת הזה אינו מציע שום דרך לקרוא את שורות המשימה.</translation>
    </message>
    <message>
        <source>The job was configured, but its gRPC stream at %1 refused connections for %2 s: the job&apos;s consumer (its pod) never came up.</source>
        <translation>המשימה הוגדרה, אבל זרם ה-gRPC שלה ב-%1 סירב לחיבורים במשך %2 s: הצרכן של המשימה (ה-pod שלה) לא עלה מעולם.</translation>
    </message>
    <message>
        <source>The job was configured, but its gRPC stream at %1 did not answer for %2 s: the job&apos;s consumer (its pod) never came up.</source>
        <translation>המשימה הוגדרה, אבל זרם ה-gRPC שלה ב-%1 לא ענה במשך %2 s: הצרכן של המשימה (ה-pod שלה) לא עלה מעולם.</translation>
    </message>
    <message>
        <source>The job&apos;s gRPC stream at %1 was open, then could not be reached again for %2 s: the job expired or was removed.</source>
        <translation>זרם ה-gRPC של המשימה ב-%1 היה פתוח, ואז לא ניתן היה להגיע אליו שוב במשך %2 s: פג תוקף המשימה או שהיא הוסרה.</translation>
    </message>
    <message>
        <source>The job&apos;s gRPC stream opened at +%1 s, but 0 frames arrived in %2 s.</source>
        <translation>זרם ה-gRPC של המשימה נפתח ב-‎+%1 s, אבל הגיעו 0 מסגרות במשך %2 s.</translation>
    </message>
    <message>
        <source>The job&apos;s gRPC stream opened at +%1 s, but 0 frames arrived in %2 s: a live job sends nothing when the server has no live source.</source>
        <translation>זרם ה-gRPC של המשימה נפתח ב-‎+%1 s, אבל הגיעו 0 מסגרות במשך %2 s: משימה חיה אינה שולחת דבר כשאין לשרת מקור חי.</translation>
    </message>
    <message>
        <source>Every stream of the historic job delivered its rows and ended: the playback is over.</source>
        <translation>כל זרם של המשימה ההיסטורית מסר את שורותיו והסתיים: ההשמעה הסתיימה.</translation>
    </message>
    <message>
        <source>The server refused the configuration (HTTP %1): “%2”.</source>
        <translation>השרת דחה את התצורה (HTTP %1): „%2”.</translation>
    </message>
    <message>
        <source>The job&apos;s gRPC port now serves another job (%1): the job ended and its port went to a new job. Those frames were refused, never counted or drawn.</source>
        <translation>פורט ה-gRPC של המשימה משרת עכשיו משימה אחרת (%1): המשימה הסתיימה והפורט שלה עבר למשימה חדשה. המסגרות האלה נדחו, ולא נספרו ולא צוירו.</translation>
    </message>
    <message>
        <source>Rows cover %1 s of the %2 s requested.</source>
        <translation>השורות מכסות %1 s מתוך %2 s שהתבקשו.</translation>
    </message>
    <message>
        <source>The job&apos;s analyzer exited (208): the historic playback ended.</source>
        <translation>המנתח של המשימה יצא (208): ההשמעה ההיסטורית הסתיימה.</translation>
    </message>
    <message>
        <source>HTTP %1 in a form this viewer does not know: the route is deployed; the form is an observation, not a failure.</source>
        <translation>HTTP %1 בצורה שהמציג הזה אינו מכיר: הנתיב פרוס; הצורה היא תצפית, לא כשל.</translation>
    </message>
    <message>
        <source>waiting for the stream</source>
        <translation>ממתינים לזרם</translation>
    </message>
    <message>
        <source>stream open, no data yet</source>
        <translation>הזרם פתוח, עדיין אין נתונים</translation>
    </message>
    <message>
        <source>The job was stopped. Until then its rows came from the job&apos;s gRPC stream (the REST waterfall endpoint is not deployed on this server).</source>
        <translation>המשימה נעצרה. עד אז השורות שלה הגיעו מזרם ה-gRPC של המשימה (נקודת הקצה של ה-waterfall ב-REST אינה פרוסה בשרת הזה).</translation>
    </message>
    <message>
        <source>The job was stopped. Until then its consumer was alive and rows were arriving.</source>
        <translation>המשימה נעצרה. עד אז הצרכן שלה היה פעיל ושורות התקבלו.</translation>
    </message>
    <message>
        <source>%1 of %2 rows are no newer than rows already received (repeated or backwards)</source>
        <translation>%1 מתוך %2 שורות אינן חדשות יותר משורות שכבר התקבלו (חוזרות או אחורה בזמן)</translation>
    </message>
    <message>
        <source>%1 rows so far are no newer than rows already received (repeated or backwards)</source>
        <translation>עד כה %1 שורות אינן חדשות יותר משורות שכבר התקבלו (חוזרות או אחורה בזמן)</translation>
    </message>
    <message>
        <source>404 %1 after the consumer was alive</source>
        <translation>404 %1 אחרי שהצרכן היה פעיל</translation>
    </message>
    <message>
        <source>the job answered 404 %1 time(s) in a row, then HTTP %2 again: it flaps</source>
        <translation>המשימה ענתה 404 %1 פעמים ברצף, ואז שוב HTTP %2: היא מהבהבת</translation>
    </message>
    <message>
        <source>the recording reached its size cap of %1 bytes and stopped; &quot;%2&quot; holds the session up to there</source>
        <translation>ההקלטה הגיעה למגבלת הגודל שלה, בתים: %1, ונעצרה; הקובץ &quot;%2&quot; מכיל את הסשן עד לשם</translation>
    </message>
    <message>
        <source>cannot write &quot;%1&quot;: %2</source>
        <translation>לא ניתן לכתוב את &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Recording saved: &quot;%1&quot; holds %2 replies.</source>
        <translation>ההקלטה נשמרה: הקובץ &quot;%1&quot; מכיל %2 תשובות.</translation>
    </message>
    <message>
        <source>Recording stopped before any job started: &quot;%1&quot; holds no replies.</source>
        <translation>ההקלטה נעצרה לפני שמשימה כלשהי התחילה: הקובץ &quot;%1&quot; אינו מכיל תשובות.</translation>
    </message>
    <message>
        <source>Recording stopped: a recording holds one job and another one started; &quot;%1&quot; holds the previous job (%2 replies). Record again to keep this one.</source>
        <translation>ההקלטה נעצרה: הקלטה מכילה משימה אחת, ומשימה נוספת התחילה; הקובץ &quot;%1&quot; מכיל את המשימה הקודמת (%2 תשובות). כדי לשמור גם את זו יש להקליט שוב.</translation>
    </message>
    <message>
        <source>Already recording to &quot;%1&quot;.</source>
        <translation>כבר מקליטים לקובץ &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot open the recording %1: %2</source>
        <translation>לא ניתן לפתוח את ההקלטה %1: %2</translation>
    </message>
</context>
<context>
    <name>BackendArgs</name>
    <message>
        <source>--rabbitmq must be the management API&apos;s http:// or https:// URL, without a user or password, not &quot;%1&quot;</source>
        <translation>הערך של --rabbitmq חייב להיות כתובת http:// או https://‏ של ממשק הניהול, בלי משתמש או סיסמה, ולא &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--rabbitmq needs --rabbitmq-user (the password comes from FOCUS_RABBITMQ_PASSWORD or a prompt)</source>
        <translation>‏--rabbitmq דורש ‎--rabbitmq-user‏ (הסיסמה נלקחת מ-FOCUS_RABBITMQ_PASSWORD או נשאלת במסוף)</translation>
    </message>
    <message>
        <source>--rabbitmq-user needs --rabbitmq URL</source>
        <translation>‏--rabbitmq-user דורש ‎--rabbitmq URL</translation>
    </message>
    <message>
        <source>--kube-api must be an http:// or https:// URL (e.g. http://127.0.0.1:8001 for kubectl proxy), not &quot;%1&quot;</source>
        <translation>הערך של --kube-api חייב להיות כתובת http:// או https://‏ (למשל http://127.0.0.1:8001 עבור kubectl proxy), ולא &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--kube-namespace must be a Kubernetes namespace name (lower-case letters, digits and &apos;-&apos;), not &quot;%1&quot;</source>
        <translation>הערך של --kube-namespace חייב להיות שם namespace של Kubernetes (אותיות לטיניות קטנות, ספרות ו-&apos;-&apos;), ולא &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--kube-token-file and --kube-namespace need --kube-api URL</source>
        <translation>‏--kube-token-file ו-‎--kube-namespace דורשים ‎--kube-api URL</translation>
    </message>
    <message>
        <source>the RabbitMQ password is needed: set FOCUS_RABBITMQ_PASSWORD (standard input is not a terminal to ask on)</source>
        <translation>נדרשת הסיסמה של RabbitMQ: יש להגדיר FOCUS_RABBITMQ_PASSWORD (הקלט הסטנדרטי אינו מסוף שאפשר לשאול בו)</translation>
    </message>
    <message>
        <source>RabbitMQ password: </source>
        <translation>סיסמת RabbitMQ: </translation>
    </message>
    <message>
        <source>no RabbitMQ password was given</source>
        <translation>לא ניתנה סיסמת RabbitMQ</translation>
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
        <translation>השרתים שמאחור, מבט אחד (%1):</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1: %2</translation>
    </message>
    <message>
        <source>  could not read: %1</source>
        <translation>  לא ניתן לקרוא: %1</translation>
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
        <translation>פירוט האבחנה: %1 (%2)</translation>
    </message>
    <message>
        <source>Log of %1: not read: %2</source>
        <translation>היומן של %1: לא נקרא: %2</translation>
    </message>
    <message>
        <source>Log of %1: no line names the job or an error</source>
        <translation>היומן של %1: אף שורה אינה מזכירה את המשימה או שגיאה</translation>
    </message>
    <message numerus="yes">
        <source>Log of %1, last %n line(s):</source>
        <translation>
            <numerusform>היומן של %1, השורה האחרונה:</numerusform>
            <numerusform>היומן של %1, %n השורות האחרונות:</numerusform>
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
    <message>
        <source>--view must be multichannel, singlechannel or waterfall, not &quot;%1&quot;</source>
        <translation>הערך של --view חייב להיות multichannel, singlechannel או waterfall, ולא &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--%1 does not apply to the waterfall view</source>
        <translation>האפשרות --%1 אינה חלה על תצוגת המפל</translation>
    </message>
    <message>
        <source>--channels must be A-B, channel numbers from 1 (e.g. 1-50), not &quot;%1&quot;</source>
        <translation>הערך של --channels חייב להיות A-B, מספרי ערוצים החל מ-1 (למשל 1-50), ולא &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--nfft must be a positive integer, not &quot;%1&quot;</source>
        <translation>הערך של --nfft חייב להיות מספר שלם חיובי, ולא &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--freq must be A-B in Hz (e.g. 0-500), not &quot;%1&quot;</source>
        <translation>הערך של --freq חייב להיות A-B ב-Hz (למשל 0-500), ולא &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--height must be a positive integer, not &quot;%1&quot;</source>
        <translation>הערך של --height חייב להיות מספר שלם חיובי, ולא &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--duration must be a positive number of seconds, not &quot;%1&quot;</source>
        <translation>הערך של --duration חייב להיות מספר שניות חיובי, ולא &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--historic must be START-END in epoch seconds (e.g. 1764946700-1764946760), not &quot;%1&quot;</source>
        <translation>הערך של --historic חייב להיות START-END בשניות epoch (למשל 1764946700-1764946760), ולא &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--rows must be an integer from 1 to 100000000, not &quot;%1&quot;</source>
        <translation>הערך של --rows חייב להיות מספר שלם בין 1 ל-100000000, ולא &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--row-count must be an integer from 1 to 100000, not &quot;%1&quot;</source>
        <translation>הערך של --row-count חייב להיות מספר שלם בין 1 ל-100000, ולא &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--ready-timeout must be a number of seconds above 0 and at most 86400, not &quot;%1&quot;</source>
        <translation>הערך של --ready-timeout חייב להיות מספר שניות גדול מ-0 ועד 86400, ולא &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--data-timeout must be a number of seconds above 0 and at most 86400, not &quot;%1&quot;</source>
        <translation>הערך של --data-timeout חייב להיות מספר שניות גדול מ-0 ועד 86400, ולא &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--report needs a file name, or - for standard output</source>
        <translation>האפשרות --report דורשת שם קובץ, או - לפלט הסטנדרטי</translation>
    </message>
    <message>
        <source>configuration refused before sending: %1</source>
        <translation>התצורה נדחתה לפני השליחה: %1</translation>
    </message>
    <message>
        <source>  focusctl replay FILE [--report FILE|-] [--fail-on-findings] [--lang en|he]

replay: plays a session recorded with `watch --record FILE` through the same checks,
offline and in virtual time (a timeout takes no real time): prints the same timeline and
writes the same report, plus &quot;replayed_from&quot;. Exit status as watch; 2 also when FILE
cannot be read or is not a valid session recording.
</source>
        <translation>  focusctl replay FILE [--report FILE|-] [--fail-on-findings] [--lang en|he]

replay: מנגנת סשן שהוקלט עם `watch --record FILE` דרך אותן בדיקות,
ללא שרת ובזמן מדומה (פסק זמן אינו לוקח זמן אמיתי): מדפיסה את אותו ציר אירועים
וכותבת את אותו דוח, ובנוסף &quot;replayed_from&quot;. קוד יציאה כמו ב-watch; וגם 2 כשאי אפשר
לקרוא את FILE או כשאינו הקלטת סשן תקינה.
</translation>
    </message>
    <message>
        <source>replay needs the session file to play</source>
        <translation>הפקודה replay צריכה את קובץ הסשן לניגון</translation>
    </message>
    <message>
        <source>--consumer-threshold must be a number of seconds above 0 and at most 86400, not &quot;%1&quot;</source>
        <translation>הערך של --consumer-threshold חייב להיות מספר שניות גדול מ-0 ועד 86400, לא &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--record needs a file name</source>
        <translation>האפשרות --record דורשת שם קובץ</translation>
    </message>
    <message>
        <source>--rows-from must be auto, rest or grpc, not &quot;%1&quot;</source>
        <translation>הערך של --rows-from חייב להיות auto,‏ rest או grpc, ולא &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--max-bad-replies must be an integer from 1 to 1000000, not &quot;%1&quot;</source>
        <translation>הערך של --max-bad-replies חייב להיות מספר שלם מ-1 עד 1000000, ולא &quot;%1&quot;</translation>
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

watch: מגדירה משימה אחת ועוקבת אחריה עד שמתקבלות --rows שורות, עד שהמשימה מסתיימת
(208), או עד פסק זמן או שגיאה חמורה, ומדפיסה את ציר האירועים תוך כדי. ברירות מחדל: תצוגה
multichannel, ערוצים 1-50, nfft 1024, תדרים 0-500 Hz, גובה 1000, ציר זמן
(--duration) 30 s, בזמן אמת; האפשרות --historic מקבלת שניות epoch. ועוד: --rows 100, --row-count 100
שורות מבוקשות בכל תשאול, --ready-timeout 60 s, --data-timeout 30 s. האפשרות --report כותבת את דוח ה-JSON
לקובץ FILE, או ל-stdout עם &quot;-&quot; (ואז ציר האירועים נכתב ל-stderr). הקשה על Ctrl-C עוצרת
את המשימה, והדוח נכתב בכל זאת. האובייקט &quot;quality&quot; בדוח סופר כל ממצא
של איכות הנתונים; עם --fail-on-findings קוד יציאה 0 הופך ל-1 כשספירה כלשהי
אינה אפס. האפשרות --consumer-threshold (ברירת מחדל 5 s לשורות REST, ‏25 s לזרם ה-gRPC,
שהפורט שלו נפתח 7-21 s אחרי ההגדרה בשרתי ייצור): צרכן איטי מזה נחשב
ממצא. האפשרות --stream-ready-timeout (ברירת מחדל 45 s): כמה זמן אחרי ההגדרה זרם ה-gRPC
של המשימה רשאי לסרב לחיבורים לפני ההכרעה. האפשרות --record שומרת כל תשובה גולמית לקובץ FILE עבור `focusctl replay`. תשובה
שאי אפשר לקרוא היא ממצא (quality.malformed_replies) והמשימה ממשיכה; רק --max-bad-replies
(ברירת מחדל 5) תשובות כאלה ברצף מסיימות אותה כ-bad_response. האפשרות --rows-from:
מאיפה נקראות השורות; auto (ברירת מחדל) לוקחת את ה-waterfall של REST כשהשרת מציע אותו,
ואת זרם ה-gRPC של המשימה (stream_url, stream_port) כשאינו מציע.
קוד יציאה: 0 ok או analyzer_exited; 1 המשימה נעצרה לפני הכרעה, או שלא ניתן היה לכתוב
את הדוח; 2 שימוש שגוי או תצורה שנדחתה לפני השליחה;
3 endpoint_not_deployed; 4 consumer_not_created, job_expired, no_data,
waiting_for_fiber, configure_rejected; 5 server_unreachable, tls_error, server_error,
bad_response, client_error.
</translation>
    </message>
    <message>
        <source>--stream-ready-timeout must be a number of seconds above 0 and at most 86400, not &quot;%1&quot;</source>
        <translation>הערך של --stream-ready-timeout חייב להיות מספר שניות מעל 0 ועד 86400, ולא &quot;%1&quot;</translation>
    </message>
    <message>
        <source>  backend options of watch (read-only, opt-in):
</source>
        <translation>  אפשרויות השרתים שמאחור של watch (קריאה בלבד, לפי בחירה):
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
עם גישת קריאה לשרתים שמאחורי המשימה, משימה שנכשלה בצד השרת (יציאה 3‏–5) מקבלת מבט אחד
לתוכם: ה-pod שלה, השירות והפורט שלה (ממשק Kubernetes, למשל `kubectl proxy` דרך מנהרת SSH:
ssh -L 8001:127.0.0.1:8001 NODE kubectl proxy, ואז http://127.0.0.1:8001), התור שלה ב-RabbitMQ
והמקור החי smart_recorder (ממשק הניהול). השלב הראשון שנכשל הוא &quot;diagnosis_detail&quot; של הדוח
(pod_pending,‏ port_held,‏ queue_without_consumer, ...). הסיסמה נלקחת מ-FOCUS_RABBITMQ_PASSWORD
או נשאלת במסוף; נשלחות בקשות GET בלבד.
</translation>
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
    <message>
        <source>Enter the Focus Server&apos;s URL, e.g. http://127.0.0.1:5000</source>
        <translation>יש להזין את כתובת ה-URL של שרת Focus, למשל http://127.0.0.1:5000</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// URL</source>
        <translation>&quot;%1&quot; אינו כתובת URL מסוג http:// או https://</translation>
    </message>
    <message>
        <source>Cannot read the certificate file &quot;%1&quot;</source>
        <translation>לא ניתן לקרוא את קובץ האישור &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SHA-256 fingerprint (64 hex digits, colons optional)</source>
        <translation>&quot;%1&quot; אינו טביעת אצבע SHA-256 (64 ספרות הקסדצימליות; אפשר להפריד בנקודתיים)</translation>
    </message>
</context>
<context>
    <name>ConfigureText</name>
    <message>
        <source>View</source>
        <translation>תצוגה</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>ערוצים</translation>
    </message>
    <message>
        <source>NFFT</source>
        <translation>NFFT</translation>
    </message>
    <message>
        <source>Frequency range</source>
        <translation>טווח תדרים</translation>
    </message>
    <message>
        <source>Display height</source>
        <translation>גובה התצוגה</translation>
    </message>
    <message>
        <source>Time axis</source>
        <translation>ציר הזמן</translation>
    </message>
    <message>
        <source>Time window</source>
        <translation>חלון זמן</translation>
    </message>
    <message>
        <source>The server refused the job: it is waiting for the fiber (HTTP %1). There is no live data until the fiber is back.</source>
        <translation>השרת דחה את המשימה: הוא ממתין לסיב (HTTP %1). לא יהיו נתונים בזמן אמת עד שהסיב יחזור לפעול.</translation>
    </message>
    <message>
        <source>The server refused the job: no recording in this time window (HTTP %1).</source>
        <translation>השרת דחה את המשימה: אין הקלטה בחלון הזמן הזה (HTTP %1).</translation>
    </message>
    <message>
        <source>The server refused the job as invalid (HTTP %1).</source>
        <translation>השרת דחה את המשימה כלא תקינה (HTTP %1).</translation>
    </message>
    <message>
        <source>The server refused the job (HTTP %1).</source>
        <translation>השרת דחה את המשימה (HTTP %1).</translation>
    </message>
    <message>
        <source>The server refused the job.</source>
        <translation>השרת דחה את המשימה.</translation>
    </message>
    <message>
        <source>Server message: %1</source>
        <translation>הודעת השרת: %1</translation>
    </message>
    <message>
        <source>Channels %1 (%2; bounds the form) · %3 says %4</source>
        <translation>ערוצים %1 (%2; תוחם את הטופס) · %3 אומר %4</translation>
    </message>
    <message>
        <source>The server&apos;s answer does not match the contract: %1</source>
        <translation>תשובת השרת אינה תואמת לחוזה: %1</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>תשובת HTTP %1: %2</translation>
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
    <message>
        <source>Configure the job of the form at startup.</source>
        <translation>להגדיר בעת ההפעלה את המשימה שבטופס.</translation>
    </message>
    <message>
        <source>Side tab shown at start: configure, endpoints or quality.</source>
        <translation>הלשונית הצדדית שמוצגת בהתחלה: configure,‏ endpoints או quality.</translation>
    </message>
    <message>
        <source>Save the HTML session report (and its JSON) to FILE when the screenshot is taken.</source>
        <translation>שמירת דוח הסשן בפורמט HTML (ואת ה-JSON שלו) לקובץ FILE בזמן צילום המסך.</translation>
    </message>
    <message>
        <source>--tab must be configure, endpoints or quality</source>
        <translation>הערך של --tab חייב להיות configure,‏ endpoints או quality</translation>
    </message>
    <message>
        <source>Open this session recording at start (as File → Open recording).</source>
        <translation>לפתוח בעת ההפעלה את הקלטת הסשן הזו (כמו קובץ ← פתיחת הקלטה).</translation>
    </message>
    <message>
        <source>Replay speed: 1 real time (default), 4, 16, ...; 0 as fast as possible.</source>
        <translation>מהירות הניגון: 1 זמן אמת (ברירת מחדל), 4, 16, ...; 0 מהר ככל האפשר.</translation>
    </message>
    <message>
        <source>--replay-speed must be a number from 0 (as fast as possible) to 10000</source>
        <translation>הערך של --replay-speed חייב להיות מספר מ-0 (מהר ככל האפשר) עד 10000</translation>
    </message>
    <message>
        <source>Window size at start, e.g. 1366x768 (default: the last size, or most of the screen).</source>
        <translation>גודל החלון בהפעלה, למשל 1366x768 (ברירת מחדל: הגודל האחרון, או רוב המסך).</translation>
    </message>
    <message>
        <source>Start in presentation mode: full screen, the waterfall and the diagnosis only (F11 leaves it).</source>
        <translation>הפעלה במצב מצגת: מסך מלא, המפל והאבחון בלבד (F11 יוצא ממנו).</translation>
    </message>
    <message>
        <source>--window-size must be WIDTHxHEIGHT in pixels, from 320x240 to 16384x16384, e.g. 1366x768</source>
        <translation>‏--window-size חייב להיות רוחבxגובה בפיקסלים, מ־320x240 עד 16384x16384, למשל 1366x768</translation>
    </message>
    <message>
        <source>The settings file could not be read: started with the default settings. The old file was kept as %1.</source>
        <translation>לא ניתן היה לקרוא את קובץ ההגדרות: התוכנה הופעלה עם הגדרות ברירת המחדל. הקובץ הישן נשמר בשם %1.</translation>
    </message>
    <message>
        <source>The settings file %1 could not be read: the default settings are used and nothing will be saved over it.</source>
        <translation>לא ניתן היה לקרוא את קובץ ההגדרות %1: נעשה שימוש בהגדרות ברירת המחדל ושום דבר לא יישמר מעליו.</translation>
    </message>
    <message>
        <source>Seconds after configure the job&apos;s gRPC stream may refuse connections, 1 to 600 (default 45; the form&apos;s &quot;Stream ready within&quot;).</source>
        <translation>שניות אחרי ההגדרה שבהן זרם ה-gRPC של המשימה רשאי לסרב לחיבורים, 1 עד 600 (ברירת מחדל 45; &quot;הזרם מוכן בתוך&quot; שבטופס).</translation>
    </message>
    <message>
        <source>--stream-ready-timeout must be a whole number of seconds from 1 to 600</source>
        <translation>‏--stream-ready-timeout חייב להיות מספר שלם של שניות מ-1 עד 600</translation>
    </message>
</context>
<context>
    <name>LadderText</name>
    <message>
        <source>route deployed</source>
        <translation>הנתיב פרוס</translation>
    </message>
    <message>
        <source>configure accepted</source>
        <translation>ההגדרה התקבלה</translation>
    </message>
    <message>
        <source>job&apos;s pod</source>
        <translation>ה-pod של המשימה</translation>
    </message>
    <message>
        <source>service and port</source>
        <translation>שירות ופורט</translation>
    </message>
    <message>
        <source>job&apos;s queue</source>
        <translation>התור של המשימה</translation>
    </message>
    <message>
        <source>live source</source>
        <translation>מקור חי</translation>
    </message>
    <message>
        <source>stream open</source>
        <translation>הזרם נפתח</translation>
    </message>
    <message>
        <source>first frame</source>
        <translation>מסגרת ראשונה</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>לא נקרא</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>תקין</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>עדיין לא</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>נכשל</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation>לא רלוונטי</translation>
    </message>
    <message>
        <source>the job&apos;s pod was never created</source>
        <translation>ה-pod של המשימה לא נוצר מעולם</translation>
    </message>
    <message>
        <source>the job&apos;s pod cannot be scheduled</source>
        <translation>אי אפשר לתזמן את ה-pod של המשימה</translation>
    </message>
    <message>
        <source>the job&apos;s pod keeps crashing</source>
        <translation>ה-pod של המשימה קורס שוב ושוב</translation>
    </message>
    <message>
        <source>the job&apos;s pod has exited</source>
        <translation>ה-pod של המשימה הסתיים</translation>
    </message>
    <message>
        <source>the job has no service for its stream port</source>
        <translation>אין למשימה שירות עבור פורט הזרם שלה</translation>
    </message>
    <message>
        <source>another service holds the job&apos;s stream port</source>
        <translation>שירות אחר מחזיק את פורט הזרם של המשימה</translation>
    </message>
    <message>
        <source>the job&apos;s service exposes another port</source>
        <translation>השירות של המשימה חושף פורט אחר</translation>
    </message>
    <message>
        <source>the job&apos;s queue was never declared</source>
        <translation>התור של המשימה לא הוכרז מעולם</translation>
    </message>
    <message>
        <source>nobody consumes the job&apos;s queue</source>
        <translation>אף אחד אינו צורך את התור של המשימה</translation>
    </message>
    <message>
        <source>the job&apos;s queue fills and nothing is delivered</source>
        <translation>התור של המשימה מתמלא ושום דבר אינו נמסר</translation>
    </message>
    <message>
        <source>the live source (smart_recorder) is idle</source>
        <translation>המקור החי (smart_recorder) אינו פעיל</translation>
    </message>
    <message>
        <source>after %1 s</source>
        <translation>אחרי %1 s</translation>
    </message>
    <message>
        <source>the REST waterfall route is deployed</source>
        <translation>נתיב ה-waterfall של REST פרוס</translation>
    </message>
    <message>
        <source>the REST waterfall route is not deployed; the rows are read from the job&apos;s gRPC stream</source>
        <translation>נתיב ה-waterfall של REST אינו פרוס; השורות נקראות מזרם ה-gRPC של המשימה</translation>
    </message>
    <message>
        <source>the rows are read from the job&apos;s gRPC stream</source>
        <translation>השורות נקראות מזרם ה-gRPC של המשימה</translation>
    </message>
    <message>
        <source>the REST waterfall route is not deployed on this server</source>
        <translation>נתיב ה-waterfall של REST אינו פרוס בשרת הזה</translation>
    </message>
    <message>
        <source>job %1</source>
        <translation>משימה %1</translation>
    </message>
    <message>
        <source>job %1, stream port %2</source>
        <translation>משימה %1, פורט זרם %2</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>נדחתה: %1</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>תשובת HTTP %1: %2</translation>
    </message>
    <message>
        <source>%1 accepted a connection</source>
        <translation>%1 קיבל חיבור</translation>
    </message>
    <message>
        <source>%1 refused connections for %2</source>
        <translation>%1 דחה חיבורים במשך %2</translation>
    </message>
    <message>
        <source>%1 did not answer for %2</source>
        <translation>%1 לא ענה במשך %2</translation>
    </message>
    <message>
        <source>the job&apos;s consumer answers its routes</source>
        <translation>הצרכן של המשימה עונה בנתיביו</translation>
    </message>
    <message>
        <source>the job&apos;s routes answered 404 until the ready timeout</source>
        <translation>נתיבי המשימה ענו 404 עד תום זמן ההמתנה למוכנות</translation>
    </message>
    <message>
        <source>implied: the job&apos;s stream answered</source>
        <translation>משתמע: זרם המשימה ענה</translation>
    </message>
    <message>
        <source>stopped before a row arrived</source>
        <translation>נעצרה לפני שהגיעה שורה</translation>
    </message>
    <message>
        <source>no row before the data timeout</source>
        <translation>לא הגיעה שורה לפני תום זמן ההמתנה לנתונים</translation>
    </message>
    <message>
        <source>a historic job reads recorded data</source>
        <translation>משימה היסטורית קוראת נתונים מוקלטים</translation>
    </message>
    <message>
        <source>the first rows arrived</source>
        <translation>השורות הראשונות הגיעו</translation>
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
    <message>
        <source>WARNING: %1 %2 answered the probe with id &quot;%3&quot;: the server may have created a job.</source>
        <translation>אזהרה: %1 %2 ענה לבדיקה עם מזהה &quot;%3&quot;: ייתכן שהשרת יצר משימה.</translation>
    </message>
    <message>
        <source>Backend (no job needed):</source>
        <translation>השרתים שמאחור (בלי משימה):</translation>
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
        <translation>המתווך (broker)</translation>
    </message>
    <message>
        <source>focus-server pods</source>
        <translation>ה-pods של focus-server</translation>
    </message>
    <message>
        <source>  could not read: %1</source>
        <translation>  לא ניתן לקרוא: %1</translation>
    </message>
</context>
<context>
    <name>QualityText</name>
    <message>
        <source>Negative values</source>
        <translation>ערכים שליליים</translation>
    </message>
    <message>
        <source>Rows with negative values</source>
        <translation>שורות עם ערכים שליליים</translation>
    </message>
    <message>
        <source>Blocks with a negative amplitude range</source>
        <translation>בלוקים עם טווח משרעת שלילי</translation>
    </message>
    <message>
        <source>Amplitude range violations</source>
        <translation>חריגות מטווח המשרעת</translation>
    </message>
    <message>
        <source>Timestamp gaps</source>
        <translation>פערים בחותמות הזמן</translation>
    </message>
    <message>
        <source>Timestamp overlaps</source>
        <translation>חפיפות בחותמות הזמן</translation>
    </message>
    <message>
        <source>Timestamps going backwards</source>
        <translation>חותמות זמן שחוזרות לאחור</translation>
    </message>
    <message>
        <source>Rows ending before they start</source>
        <translation>שורות שמסתיימות לפני שהן מתחילות</translation>
    </message>
    <message>
        <source>Missing channels</source>
        <translation>ערוצים חסרים</translation>
    </message>
    <message>
        <source>Duplicate channels</source>
        <translation>ערוצים כפולים</translation>
    </message>
    <message>
        <source>Unexpected channels</source>
        <translation>ערוצים לא צפויים</translation>
    </message>
    <message>
        <source>Ragged rows</source>
        <translation>שורות לא אחידות</translation>
    </message>
    <message>
        <source>NaN / Infinity values</source>
        <translation>ערכי NaN / Infinity</translation>
    </message>
    <message>
        <source>Live metadata changes</source>
        <translation>שינויים במטא-נתונים החיים</translation>
    </message>
    <message>
        <source>Waiting-for-fiber periods</source>
        <translation>תקופות של המתנה לסיב</translation>
    </message>
    <message>
        <source>Slow consumer creation</source>
        <translation>יצירת צרכן איטית</translation>
    </message>
    <message>
        <source>Intensity samples below zero (a known backend defect).</source>
        <translation>דגימות עוצמה מתחת לאפס (פגם ידוע בשרת).</translation>
    </message>
    <message>
        <source>Rows holding at least one negative sample.</source>
        <translation>שורות שיש בהן לפחות דגימה שלילית אחת.</translation>
    </message>
    <message>
        <source>Blocks whose current_min_amp or current_max_amp is negative.</source>
        <translation>בלוקים שבהם current_min_amp או current_max_amp שליליים.</translation>
    </message>
    <message>
        <source>Blocks whose current_max_amp is below current_min_amp, or holding a sample outside that range.</source>
        <translation>בלוקים שבהם current_max_amp קטן מ-current_min_amp, או שיש בהם דגימה מחוץ לטווח הזה.</translation>
    </message>
    <message>
        <source>A row starts after the previous row ended.</source>
        <translation>שורה מתחילה אחרי שהשורה הקודמת הסתיימה.</translation>
    </message>
    <message>
        <source>A row starts before the previous row ended (but not before it started).</source>
        <translation>שורה מתחילה לפני שהשורה הקודמת הסתיימה (אך לא לפני שהתחילה).</translation>
    </message>
    <message>
        <source>A row starts before the previous row started.</source>
        <translation>שורה מתחילה לפני שהשורה הקודמת התחילה.</translation>
    </message>
    <message>
        <source>Rows whose endTimestamp is not after their startTimestamp.</source>
        <translation>שורות שבהן endTimestamp אינו אחרי startTimestamp.</translation>
    </message>
    <message>
        <source>Channels of the configured range absent from a row, counted per row.</source>
        <translation>ערוצים מהטווח שהוגדר שחסרים בשורה, נספרים לכל שורה.</translation>
    </message>
    <message>
        <source>Extra occurrences of a sensor within one row.</source>
        <translation>הופעות נוספות של חיישן באותה שורה.</translation>
    </message>
    <message>
        <source>Sensors outside the configured channel range.</source>
        <translation>חיישנים מחוץ לטווח הערוצים שהוגדר.</translation>
    </message>
    <message>
        <source>Rows whose sensors carry different numbers of samples.</source>
        <translation>שורות שבהן לחיישנים מספרי דגימות שונים.</translation>
    </message>
    <message>
        <source>NaN or Infinity samples sent by the server.</source>
        <translation>דגימות NaN או Infinity שהשרת שלח.</translation>
    </message>
    <message>
        <source>Changes of dx, PRR, channel count or fiber description during the job.</source>
        <translation>שינויים ב-dx, ב-PRR, במספר הערוצים או בתיאור הסיב במהלך העבודה.</translation>
    </message>
    <message>
        <source>Periods in which the server said it was waiting for the fiber.</source>
        <translation>תקופות שבהן השרת דיווח שהוא ממתין לסיב.</translation>
    </message>
    <message>
        <source>The job&apos;s consumer took longer than the threshold to come alive, or never did.</source>
        <translation>הצרכן של העבודה התעורר אחרי יותר מהסף, או לא התעורר כלל.</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>עבר</translation>
    </message>
    <message>
        <source>warn</source>
        <translation>אזהרה</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>נכשל</translation>
    </message>
    <message>
        <source>%1 · channel %2</source>
        <translation>%1 · ערוץ %2</translation>
    </message>
    <message>
        <source>channel spacing (dx)</source>
        <translation>המרווח בין הערוצים (dx)</translation>
    </message>
    <message>
        <source>pulse repetition rate</source>
        <translation>קצב חזרת הפולסים</translation>
    </message>
    <message>
        <source>number of channels</source>
        <translation>מספר הערוצים</translation>
    </message>
    <message>
        <source>fiber description</source>
        <translation>תיאור הסיב</translation>
    </message>
    <message>
        <source>Malformed replies</source>
        <translation>תשובות פגומות</translation>
    </message>
    <message>
        <source>Data replies whose body could not be read (truncated, wrong types); each is in the job log with its JSON path, and the job went on.</source>
        <translation>תשובות נתונים שלא ניתן היה לקרוא את גופן (קטוע, סוגים שגויים); כל אחת מופיעה ביומן המשימה עם נתיב ה-JSON שלה, והמשימה המשיכה.</translation>
    </message>
    <message>
        <source>Rows outside the requested window</source>
        <translation>שורות מחוץ לחלון המבוקש</translation>
    </message>
    <message>
        <source>Historic rows stamped before the requested start or at or after its end: not the data that was asked for.</source>
        <translation>שורות היסטוריות שחותמת הזמן שלהן לפני תחילת החלון המבוקש, או בסופו או אחריו: לא הנתונים שהתבקשו.</translation>
    </message>
    <message>
        <source>%1 fail, %2 warn, %3 pass · %4</source>
        <translation>נכשלו %1, אזהרות %2, עברו %3 · %4</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) checked</source>
        <translation>
            <numerusform>נבדקה %Ln שורה</numerusform>
            <numerusform>נבדקו %Ln שורות</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadinessText</name>
    <message>
        <source>multichannel</source>
        <translation>רב-ערוצית</translation>
    </message>
    <message>
        <source>single channel</source>
        <translation>ערוץ יחיד</translation>
    </message>
    <message>
        <source>waterfall</source>
        <translation>מפל</translation>
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
        <translation>בזמן אמת</translation>
    </message>
    <message>
        <source>historic: %1 – %2 (%3)</source>
        <translation>היסטורי: %1 – %2 (%3)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Configure sent</source>
        <translation>בקשת ההגדרה נשלחה</translation>
    </message>
    <message>
        <source>Job id %1</source>
        <translation>מזהה משימה %1</translation>
    </message>
    <message>
        <source>Configure answered %1</source>
        <translation>תשובה לבקשת ההגדרה: %1</translation>
    </message>
    <message>
        <source>Job id</source>
        <translation>מזהה משימה</translation>
    </message>
    <message>
        <source>Consumer ready</source>
        <translation>הצרכן מוכן</translation>
    </message>
    <message>
        <source>First data</source>
        <translation>נתונים ראשונים</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>נכשלה</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>נעצרה</translation>
    </message>
    <message>
        <source>Ended (208)</source>
        <translation>הסתיימה (208)</translation>
    </message>
    <message>
        <source>%1 round trip</source>
        <translation>הלוך ושוב: %1</translation>
    </message>
    <message>
        <source>not yet (%1)</source>
        <translation>עדיין לא (%1)</translation>
    </message>
    <message>
        <source>No job yet: configure one and press Start.</source>
        <translation>עדיין אין משימה: יש להגדיר משימה וללחוץ על &quot;התחלה&quot;.</translation>
    </message>
    <message>
        <source>Configuring the job…</source>
        <translation>מגדירים את המשימה…</translation>
    </message>
    <message>
        <source>Waiting for the job&apos;s consumer to appear…</source>
        <translation>ממתינים להופעת הצרכן של המשימה…</translation>
    </message>
    <message>
        <source>The consumer is alive; waiting for the first rows…</source>
        <translation>הצרכן פעיל; ממתינים לשורות הראשונות…</translation>
    </message>
    <message>
        <source>No verdict.</source>
        <translation>אין הכרעה.</translation>
    </message>
    <message>
        <source>view %1</source>
        <translation>תצוגה %1</translation>
    </message>
    <message>
        <source>channels %1</source>
        <translation>ערוצים %1</translation>
    </message>
    <message>
        <source>nfft %1</source>
        <translation>nfft %1</translation>
    </message>
    <message>
        <source>frequency %1 Hz</source>
        <translation>תדר %1 Hz</translation>
    </message>
    <message>
        <source>height %1</source>
        <translation>גובה %1</translation>
    </message>
    <message>
        <source>time axis %1 s</source>
        <translation>ציר זמן %1 s</translation>
    </message>
    <message>
        <source>historic %1–%2 (epoch s)</source>
        <translation>היסטורי %1–%2 (שניות epoch)</translation>
    </message>
    <message>
        <source>lines_dt %1 s</source>
        <translation>lines_dt %1 s</translation>
    </message>
    <message>
        <source>Focus job report</source>
        <translation>דוח משימת Focus</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>שרת:</translation>
    </message>
    <message>
        <source>insecure: TLS verification off</source>
        <translation>לא מאובטח: אימות TLS כבוי</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>שעת התחלה:</translation>
    </message>
    <message>
        <source>Job id:</source>
        <translation>מזהה משימה:</translation>
    </message>
    <message>
        <source>Configuration:</source>
        <translation>תצורה:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>מצב:</translation>
    </message>
    <message>
        <source>Diagnosis:</source>
        <translation>אבחנה:</translation>
    </message>
    <message>
        <source>Configure refused:</source>
        <translation>בקשת ההגדרה נדחתה:</translation>
    </message>
    <message>
        <source>Rows received:</source>
        <translation>שורות שהתקבלו:</translation>
    </message>
    <message>
        <source>Waterfall polls:</source>
        <translation>תשאולי המפל:</translation>
    </message>
    <message>
        <source>last %1, p95 %2, interval %3</source>
        <translation>אחרון %1, p95 %2, מרווח %3</translation>
    </message>
    <message>
        <source>Timeline (after the configure reply)</source>
        <translation>ציר אירועים (מאז התשובה לבקשת ההגדרה)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>שלב</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>זמן</translation>
    </message>
    <message>
        <source>Configure round trip</source>
        <translation>זמן הלוך ושוב של בקשת ההגדרה</translation>
    </message>
    <message>
        <source>Replies per endpoint and status</source>
        <translation>תשובות לפי נקודת קצה וסטטוס</translation>
    </message>
    <message>
        <source>No request answered yet.</source>
        <translation>עדיין לא נענתה אף בקשה.</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>נקודת קצה</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>אין.</translation>
    </message>
    <message>
        <source>(%1 earlier errors left out; the JSON below lists all.)</source>
        <translation>(הושמטו %1 שגיאות מוקדמות יותר; ה-JSON שלהלן מפרט את כולן.)</translation>
    </message>
    <message>
        <source>JSON report</source>
        <translation>דוח JSON</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>שגיאות</translation>
    </message>
    <message>
        <source>TLS:</source>
        <translation>TLS:</translation>
    </message>
    <message>
        <source>accepted (differs from the contract): %1</source>
        <translation>התקבל (שונה מהחוזה): %1</translation>
    </message>
    <message>
        <source>Stream ready</source>
        <translation>הזרם מוכן</translation>
    </message>
    <message>
        <source>First frame</source>
        <translation>מסגרת ראשונה</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>הסתיימה</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 ב-%2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln block(s)</source>
        <translation>
            <numerusform>%Ln בלוק</numerusform>
            <numerusform>%Ln בלוקים</numerusform>
        </translation>
    </message>
    <message>
        <source>Ladder</source>
        <translation>סולם</translation>
    </message>
    <message>
        <source>The backend was not opened (Job → Backend access…): its rungs are not read.</source>
        <translation>צד השרת לא נפתח (משימה ← גישה לצד השרת…): שלביו לא נקראו.</translation>
    </message>
    <message>
        <source>**Why:** %1 (%2).</source>
        <translation>**למה:** %1 (%2).</translation>
    </message>
    <message>
        <source>State</source>
        <translation>מצב</translation>
    </message>
    <message>
        <source>When</source>
        <translation>מתי</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>ראיה</translation>
    </message>
    <message>
        <source>Could not read: %1</source>
        <translation>לא ניתן לקרוא: %1</translation>
    </message>
    <message>
        <source>Logs that explain it</source>
        <translation>יומנים שמסבירים זאת</translation>
    </message>
    <message>
        <source>Not read: %1</source>
        <translation>לא נקרא: %1</translation>
    </message>
    <message>
        <source>No line names the job or an error.</source>
        <translation>אף שורה אינה מזכירה את המשימה או שגיאה.</translation>
    </message>
</context>
<context>
    <name>ReplayCommand</name>
    <message>
        <source>cannot replay &quot;%1&quot;: %2</source>
        <translation>לא ניתן לנגן את &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Replaying %1, recorded %2: %3 replies</source>
        <translation>מנגנים את %1, שהוקלט בזמן %2: תשובות: %3</translation>
    </message>
    <message>
        <source>The recording has no end (it was cut short): replaying up to its last reply.</source>
        <translation>להקלטה אין סוף (היא נקטעה): מנגנים עד התשובה האחרונה שבה.</translation>
    </message>
</context>
<context>
    <name>SessionReport</name>
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
        <source>Why</source>
        <translation>סיבה</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>תוצאה</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>בדיקה</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>ספירה</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>נראה לראשונה</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>האחרון</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>מפתח</translation>
    </message>
    <message>
        <source>%1: %2 changed from %3 to %4</source>
        <translation>%1: %2 השתנה מ-%3 ל-%4</translation>
    </message>
    <message>
        <source>Replies by status</source>
        <translation>תשובות לפי סטטוס</translation>
    </message>
    <message>
        <source>Waterfall poll latency p95: %1</source>
        <translation>השהיית משיכת המפל p95: %1</translation>
    </message>
    <message>
        <source>Focus Waterfall Viewer — session report</source>
        <translation>Focus Waterfall Viewer — דוח סשן</translation>
    </message>
    <message>
        <source>Session report</source>
        <translation>דוח סשן</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>שרת:</translation>
    </message>
    <message>
        <source>Replayed from the recorded session</source>
        <translation>הופעל מחדש מההקלטה</translation>
    </message>
    <message>
        <source>Generated:</source>
        <translation>נוצר:</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>אבחנה</translation>
    </message>
    <message>
        <source>Job parameters</source>
        <translation>פרמטרי העבודה</translation>
    </message>
    <message>
        <source>Job id</source>
        <translation>מזהה משימה</translation>
    </message>
    <message>
        <source>View</source>
        <translation>תצוגה</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>ערוצים</translation>
    </message>
    <message>
        <source>Time window</source>
        <translation>חלון זמן</translation>
    </message>
    <message>
        <source>Rows received</source>
        <translation>שורות שהתקבלו</translation>
    </message>
    <message>
        <source>Blocks received</source>
        <translation>בלוקים שהתקבלו</translation>
    </message>
    <message>
        <source>Readiness timeline</source>
        <translation>ציר הזמן של המוכנות</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>איכות הנתונים</translation>
    </message>
    <message>
        <source>Waterfall</source>
        <translation>מפל</translation>
    </message>
    <message>
        <source>Findings in view are framed; magenta samples are negative.</source>
        <translation>ממצאים שבתצוגה מוקפים במסגרת; דגימות במג&apos;נטה הן שליליות.</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>נקודות קצה</translation>
    </message>
    <message>
        <source>The endpoints were not probed.</source>
        <translation>נקודות הקצה לא נבדקו.</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>בקשות</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>לא ניתן לכתוב את %1: %2</translation>
    </message>
    <message>
        <source>available — answered %1 to an id that cannot exist, as the contract says</source>
        <translation>זמינה — ענתה %1 למזהה שלא ייתכן שקיים, כפי שהחוזה קובע</translation>
    </message>
    <message>
        <source>available — answered %1 to an invalid request for an id that cannot exist, as the contract says</source>
        <translation>זמינה — ענתה %1 לבקשה לא תקינה עבור מזהה שלא ייתכן שקיים, כפי שהחוזה קובע</translation>
    </message>
    <message>
        <source>available — answered %1 to an invalid configuration, as the contract says</source>
        <translation>זמינה — ענתה %1 להגדרה לא תקינה, כפי שהחוזה קובע</translation>
    </message>
    <message>
        <source>available — answered %1 for a time range with no recording, as the contract says</source>
        <translation>זמינה — ענתה %1 לטווח זמן שאין לו הקלטה, כפי שהחוזה קובע</translation>
    </message>
    <message>
        <source>available — answered %1 to our probe, as the contract says</source>
        <translation>זמינה — ענתה %1 לבדיקה שלנו, כפי שהחוזה קובע</translation>
    </message>
    <message>
        <source>not sent for this view</source>
        <translation>לא נשלח בתצוגה הזו</translation>
    </message>
    <message>
        <source>NFFT</source>
        <translation>NFFT</translation>
    </message>
    <message>
        <source>Frequency range (Hz)</source>
        <translation>טווח תדרים (Hz)</translation>
    </message>
    <message>
        <source>Height (rows)</source>
        <translation>גובה (שורות)</translation>
    </message>
    <message>
        <source>Time axis (s)</source>
        <translation>ציר הזמן (s)</translation>
    </message>
    <message>
        <source>The backend was not opened: its rungs are not read.</source>
        <translation>צד השרת לא נפתח: שלביו לא נקראו.</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>למה:</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>שלב</translation>
    </message>
    <message>
        <source>When</source>
        <translation>מתי</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>ראיה</translation>
    </message>
    <message>
        <source>Could not read:</source>
        <translation>לא ניתן לקרוא:</translation>
    </message>
    <message>
        <source>Logs that explain it</source>
        <translation>יומנים שמסבירים זאת</translation>
    </message>
    <message>
        <source>Not read:</source>
        <translation>לא נקרא:</translation>
    </message>
    <message>
        <source>No line names the job or an error.</source>
        <translation>אף שורה אינה מזכירה את המשימה או שגיאה.</translation>
    </message>
    <message>
        <source>Ladder</source>
        <translation>סולם</translation>
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
        <translation>חובה: יש להקליד ערך</translation>
    </message>
    <message>
        <source>channel numbers start at 1 (%1 requested)</source>
        <translation>מספרי הערוצים מתחילים ב-1 (התבקש %1)</translation>
    </message>
    <message>
        <source>channel numbers start at 1 (%1 given)</source>
        <translation>מספרי הערוצים מתחילים ב-1 (ניתן %1)</translation>
    </message>
    <message>
        <source>the fiber has channels %1 to %2 (%3 requested)</source>
        <translation>בסיב יש ערוצים %1 עד %2 (התבקשו %3)</translation>
    </message>
    <message>
        <source>the last channel (%1) comes before the first (%2)</source>
        <comment>form</comment>
        <translation>הערוץ האחרון (%1) קודם לערוץ הראשון (%2)</translation>
    </message>
    <message>
        <source>the last channel (%1) comes before the first (%2)</source>
        <comment>focusctl</comment>
        <translation>הערוץ האחרון (%1) בא לפני הראשון (%2)</translation>
    </message>
    <message>
        <source>at most %1 channels per job (%2 requested)</source>
        <translation>לכל היותר %1 ערוצים למשימה (התבקשו %2)</translation>
    </message>
    <message>
        <source>at most %1 channels per job (%2 given)</source>
        <translation>לכל היותר %1 ערוצים למשימה (ניתנו %2)</translation>
    </message>
    <message>
        <source>a single-channel view takes exactly one channel</source>
        <translation>תצוגת ערוץ יחיד מקבלת ערוץ אחד בדיוק</translation>
    </message>
    <message>
        <source>a single-channel view takes exactly one channel (e.g. 7-7)</source>
        <translation>תצוגת ערוץ יחיד מקבלת ערוץ אחד בדיוק (למשל 7-7)</translation>
    </message>
    <message>
        <source>must be a power of two from %1 to %2 (%3 chosen)</source>
        <translation>הערך חייב להיות חזקה של 2 בין %1 ל-%2 (נבחר %3)</translation>
    </message>
    <message>
        <source>must be a power of two from %1 to %2 (%3 given)</source>
        <translation>חייב להיות חזקה של שתיים בין %1 ל-%2 (ניתן %3)</translation>
    </message>
    <message>
        <source>the maximum (%1) must be above the minimum (%2)</source>
        <translation>המקסימום (%1) חייב להיות גבוה מהמינימום (%2)</translation>
    </message>
    <message>
        <source>the maximum (%1 Hz) must be above the minimum (%2 Hz)</source>
        <translation>המקסימום (%1 Hz) חייב להיות מעל המינימום (%2 Hz)</translation>
    </message>
    <message>
        <source>must lie within %1 to %2 (%3 to %4 requested)</source>
        <translation>הטווח חייב להיות בין %1 ל-%2 (התבקש %3 עד %4)</translation>
    </message>
    <message>
        <source>must lie within %1-%2 Hz (%3-%4 given)</source>
        <translation>חייב להיות בטווח %1-%2 Hz (ניתן %3-%4)</translation>
    </message>
    <message>
        <source>must be at least one row (%1 requested)</source>
        <translation>הגובה חייב להיות שורה אחת לפחות (התבקש %1)</translation>
    </message>
    <message>
        <source>must be at least 1 row (%1 given)</source>
        <translation>חייב להיות לפחות שורה אחת (ניתן %1)</translation>
    </message>
    <message>
        <source>must be longer than zero (%1 requested)</source>
        <translation>האורך חייב להיות גדול מאפס (התבקש %1)</translation>
    </message>
    <message>
        <source>must be above 0 s (%1 given)</source>
        <translation>חייב להיות מעל 0 s (ניתן %1)</translation>
    </message>
    <message>
        <source>a historic job needs both a start and an end</source>
        <translation>משימה היסטורית דורשת גם התחלה וגם סיום</translation>
    </message>
    <message>
        <source>needs both a start and an end</source>
        <translation>נדרשים גם התחלה וגם סוף</translation>
    </message>
    <message>
        <source>the start must not be before 1970</source>
        <translation>ההתחלה אינה יכולה להיות לפני 1970</translation>
    </message>
    <message>
        <source>the end must be after the start</source>
        <translation>הסוף חייב להיות אחרי ההתחלה</translation>
    </message>
    <message>
        <source>the end (%1) must be after the start (%2)</source>
        <translation>הסיום (%1) חייב להיות אחרי ההתחלה (%2)</translation>
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
        <translation>%1, ערוצים %2, nfft %3, %4 Hz, גובה %5, ציר זמן %6 s</translation>
    </message>
    <message>
        <source>multichannel</source>
        <translation>רב-ערוצית</translation>
    </message>
    <message>
        <source>single channel</source>
        <translation>ערוץ יחיד</translation>
    </message>
    <message>
        <source>waterfall, channels %1, height %2</source>
        <translation>מפל, ערוצים %1, גובה %2</translation>
    </message>
    <message>
        <source>%1, historic %2 to %3 (epoch s %4)</source>
        <translation>%1, היסטורי %2 עד %3 (שניות epoch %4)</translation>
    </message>
    <message>
        <source>%1, live</source>
        <translation>%1, בזמן אמת</translation>
    </message>
    <message>
        <source>--report: cannot write &quot;%1&quot;: %2</source>
        <translation>--report: לא ניתן לכתוב את &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>שרת: %1</translation>
    </message>
    <message>
        <source>Configure failed after %1: %2</source>
        <translation>בקשת ההגדרה נכשלה לאחר %1: %2</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Configure answered HTTP %1 after %2</source>
        <translation>התקבלה תשובת HTTP %1 לבקשת ההגדרה לאחר %2</translation>
    </message>
    <message>
        <source>%1  consumer ready</source>
        <translation>%1  הצרכן מוכן</translation>
    </message>
    <message>
        <source>%1  first data</source>
        <translation>%1  נתונים ראשונים</translation>
    </message>
    <message>
        <source>%1  ended: the job&apos;s analyzer exited (208)</source>
        <translation>%1  המשימה הסתיימה: המנתח שלה סיים את פעולתו (208)</translation>
    </message>
    <message>
        <source>Job %1 created; configure took %2. Waiting for its consumer…</source>
        <translation>המשימה %1 נוצרה; בקשת ההגדרה ארכה %2. ממתינים לצרכן שלה…</translation>
    </message>
    <message>
        <source>%1  error: %2</source>
        <translation>%1  שגיאה: %2</translation>
    </message>
    <message>
        <source>%1  error on %2: %3</source>
        <translation>%1  שגיאה בנקודת הקצה %2: %3</translation>
    </message>
    <message>
        <source>%1  %2 rows received (--rows %3): stopping</source>
        <translation>%1  התקבלו %2 שורות (--rows %3): עוצרים</translation>
    </message>
    <message>
        <source>Diagnosis: %1 — %2</source>
        <translation>אבחנה: %1 — %2</translation>
    </message>
    <message>
        <source>%1  still waiting for the consumer</source>
        <translation>%1  עדיין ממתינים לצרכן</translation>
    </message>
    <message>
        <source>%1  consumer alive, no data yet</source>
        <translation>%1  הצרכן פעיל, עדיין אין נתונים</translation>
    </message>
    <message>
        <source>Interrupted: stopping the job.</source>
        <translation>הפעולה הופסקה: עוצרים את המשימה.</translation>
    </message>
    <message>
        <source>Configure sent: %1</source>
        <translation>בקשת ההגדרה נשלחה: %1</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>הדוח נכתב לקובץ %1</translation>
    </message>
    <message>
        <source>Quality: no findings in %1 rows</source>
        <translation>איכות: אין ממצאים ב-%1 שורות</translation>
    </message>
    <message>
        <source>Quality: %1</source>
        <translation>איכות: %1</translation>
    </message>
    <message>
        <source>%1  gRPC stream %2 of %3 connected</source>
        <translation>%1  זרם gRPC‏ %2 מתוך %3 התחבר</translation>
    </message>
    <message>
        <source>%1  gRPC stream %2 of %3: first frame</source>
        <translation>%1  זרם gRPC‏ %2 מתוך %3: מסגרת ראשונה</translation>
    </message>
    <message>
        <source>%1  note on %2: accepted a reply that differs from the contract: %3</source>
        <translation>%1  הערה על %2: התקבלה תשובה השונה מהחוזה: %3</translation>
    </message>
    <message>
        <source>Quality: nothing to check, no rows arrived</source>
        <translation>איכות: אין מה לבדוק, לא הגיעו שורות</translation>
    </message>
    <message>
        <source>%1  stream ready: the job&apos;s gRPC stream at %2 accepted the connection</source>
        <translation>%1  הזרם מוכן: זרם ה-gRPC של המשימה ב-%2 קיבל את החיבור</translation>
    </message>
    <message>
        <source>%1  ended: every stream of the historic job delivered its rows and ended</source>
        <translation>%1  הסתיימה: כל זרם של המשימה ההיסטורית מסר את שורותיו והסתיים</translation>
    </message>
    <message>
        <source>%1  the REST waterfall route is NOT deployed on this server (404 {&quot;detail&quot;:&quot;Not Found&quot;}); reading the job&apos;s gRPC stream at %2 instead</source>
        <translation>%1  נתיב ה-waterfall של REST אינו פרוס בשרת הזה (404 {&quot;detail&quot;:&quot;Not Found&quot;}); קוראים במקומו את זרם ה-gRPC של המשימה ב-%2</translation>
    </message>
    <message>
        <source>%1  %2: %3</source>
        <translation>%1  %2: %3</translation>
    </message>
    <message>
        <source>%1  waiting for the job&apos;s gRPC stream at %2 to open — production servers take 7–21 s</source>
        <translation>%1  ממתינים שזרם ה-gRPC של המשימה ב-%2 ייפתח — בשרתי ייצור זה לוקח 7–21 s</translation>
    </message>
    <message>
        <source>%1  the job&apos;s gRPC stream is open, no frame yet</source>
        <translation>%1  זרם ה-gRPC של המשימה פתוח, עדיין אין מסגרת</translation>
    </message>
    <message>
        <source>Summary: %1 in %2</source>
        <translation>סיכום: %1 ב-%2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln שורה</numerusform>
            <numerusform>%Ln שורות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln block(s)</source>
        <translation>
            <numerusform>%Ln בלוק</numerusform>
            <numerusform>%Ln בלוקים</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  %2 so far (%3)</source>
        <translation>%1  עד כה %2 (%3)</translation>
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
        <translation>אפור</translation>
    </message>
    <message>
        <source>Diverging (0 = white)</source>
        <translation>דו-קוטבית (0 = לבן)</translation>
    </message>
    <message>
        <source>Server %1</source>
        <translation>שרת %1</translation>
    </message>
    <message>
        <source>no job</source>
        <translation>אין משימה</translation>
    </message>
    <message>
        <source>job %1</source>
        <translation>משימה %1</translation>
    </message>
    <message>
        <source>%1 – %2 UTC (local time %3 – %4)</source>
        <translation>%1 – %2 UTC (שעון מקומי %3 – %4)</translation>
    </message>
    <message>
        <source>%1, levels %2 to %3 dB</source>
        <translation>%1, רמות %2 עד %3 dB</translation>
    </message>
    <message>
        <source>%1, levels %2 to %3</source>
        <translation>%1, רמות %2 עד %3</translation>
    </message>
</context>
<context>
    <name>WaterfallExporter</name>
    <message>
        <source>Saved the view to %1</source>
        <translation>התצוגה נשמרה אל %1</translation>
    </message>
    <message>
        <source>Saved the visible window (lines: %1) to %2</source>
        <translation>החלון הנראה (שורות: %1) נשמר אל %2</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>לא ניתן היה לכתוב את הקובץ %1</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>קובצי CSV (*.csv)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>תמונות PNG (*.png)</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 פיקסלים</translation>
    </message>
    <message>
        <source>Saved %1 (the whole history) to %2</source>
        <translation>נשמרו %1 (כל ההיסטוריה) אל %2</translation>
    </message>
    <message>
        <source>Saved %1 to %2, cropped to what one image can hold:</source>
        <translation>נשמרו %1 אל %2, חתוך למה שתמונה אחת יכולה להכיל:</translation>
    </message>
    <message>
        <source>the oldest %1 of %2 lines were left out.</source>
        <translation>%1 השורות הוותיקות ביותר מתוך %2 הושמטו.</translation>
    </message>
    <message>
        <source>the last %1 channels were left out.</source>
        <translation>%1 הערוצים האחרונים הושמטו.</translation>
    </message>
</context>
<context>
    <name>WaterfallMarks</name>
    <message>
        <source>Jumped-to finding</source>
        <translation>הממצא שאליו קפצת</translation>
    </message>
    <message>
        <source>Row with negative samples</source>
        <translation>שורה עם דגימות שליליות</translation>
    </message>
    <message>
        <source>Block whose reported minimum/maximum is suspect</source>
        <translation>בלוק שהמינימום/המקסימום המדווח שלו חשוד</translation>
    </message>
    <message>
        <source>Gap: no rows from %1 to %2 (%3)</source>
        <translation>פער: אין שורות מ־%1 עד %2 (%3)</translation>
    </message>
    <message>
        <source>Overlap / time going back</source>
        <translation>חפיפה / זמן שחוזר לאחור</translation>
    </message>
    <message>
        <source>Time going back: this row starts at %1, before the previous row started (%2 before its end)</source>
        <translation>זמן שחוזר לאחור: השורה הזו מתחילה ב־%1, לפני שהשורה הקודמת התחילה (%2 לפני סופה)</translation>
    </message>
    <message>
        <source>Overlap: this row starts at %1, %2 before the previous row ended</source>
        <translation>חפיפה: השורה הזו מתחילה ב־%1, %2 לפני שהשורה הקודמת הסתיימה</translation>
    </message>
    <message>
        <source>Negative value %1 at channel %2, %3</source>
        <translation>ערך שלילי %1 בערוץ %2, %3</translation>
    </message>
</context>
<context>
    <name>focusctl</name>
    <message>
        <source>focusctl: unknown command &quot;%1&quot;</source>
        <translation>focusctl: פקודה לא מוכרת &quot;%1&quot;</translation>
    </message>
    <message>
        <source>See &quot;%1 --help&quot; for the options.</source>
        <translation>ראו &quot;%1 --help&quot; לאפשרויות.</translation>
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
    <message>
        <source>Report saved: %1</source>
        <translation>הדוח נשמר: %1</translation>
    </message>
    <message>
        <source>this build has no built-in emulator (WF_DEMO=OFF): give --server URL</source>
        <translation>בבנייה הזו אין אמולטור מובנה (WF_DEMO=OFF): יש לציין ‎--server URL</translation>
    </message>
</context>
<context>
    <name>wf::AboutDialog</name>
    <message>
        <source>About Focus Waterfall Viewer</source>
        <translation>אודות מציג המפל של Focus</translation>
    </message>
    <message>
        <source>Focus Waterfall Viewer</source>
        <translation>מציג המפל של Focus</translation>
    </message>
    <message>
        <source>Watch a Focus Server job come alive and stream: its status, every poll, and its rows as a live spectrogram with negative amplitudes highlighted.</source>
        <translation>צפייה במשימה של Focus Server מתעוררת ומזרימה: המצב שלה, כל תשאול, והשורות שלה כספקטרוגרמה חיה שבה משרעות שליליות מודגשות.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>גרסה %1</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1 (נבנה עם %2)</translation>
    </message>
    <message>
        <source>QCustomPlot %1</source>
        <translation>QCustomPlot %1</translation>
    </message>
    <message>
        <source>Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later), as QCustomPlot and Qt HttpServer require. This program comes with no warranty.</source>
        <translation>רישיון: GNU General Public License, גרסה 3 ואילך (GPL-3.0-or-later), כנדרש על ידי QCustomPlot ו־Qt HttpServer. התוכנה מסופקת ללא כל אחריות.</translation>
    </message>
</context>
<context>
    <name>wf::BackendAccessDialog</name>
    <message>
        <source>Bearer token file</source>
        <translation>קובץ אסימון Bearer</translation>
    </message>
    <message>
        <source>Enter the RabbitMQ management URL, the Kubernetes API URL, or both.</source>
        <translation>הזינו את כתובת ממשק הניהול של RabbitMQ, את כתובת ה-API של Kubernetes, או את שתיהן.</translation>
    </message>
    <message>
        <source>The RabbitMQ management URL must be an http:// or https:// address without a user or password, not &quot;%1&quot;.</source>
        <translation>כתובת ממשק הניהול של RabbitMQ צריכה להיות כתובת http:// או https:// ללא משתמש או סיסמה, לא &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Enter the RabbitMQ user.</source>
        <translation>הזינו את משתמש ה-RabbitMQ.</translation>
    </message>
    <message>
        <source>Enter the RabbitMQ password.</source>
        <translation>הזינו את סיסמת ה-RabbitMQ.</translation>
    </message>
    <message>
        <source>The Kubernetes API URL must be an http:// or https:// address (e.g. http://127.0.0.1:8001 for kubectl proxy), not &quot;%1&quot;.</source>
        <translation>כתובת ה-API של Kubernetes צריכה להיות כתובת http:// או https:// (למשל http://127.0.0.1:8001 עבור kubectl proxy), לא &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The namespace must be a Kubernetes name (lower-case letters, digits and &apos;-&apos;), not &quot;%1&quot;.</source>
        <translation>מרחב השמות צריך להיות שם Kubernetes (אותיות לטיניות קטנות, ספרות ו-&apos;-&apos;), לא &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Type the password to check the broker with it.</source>
        <translation>הקלידו את הסיסמה כדי לבדוק איתה את המתווך.</translation>
    </message>
    <message>
        <source>Asking the backend…</source>
        <translation>שואלים את צד השרת…</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 — %3</translation>
    </message>
    <message>
        <source>broker</source>
        <translation>המתווך (broker)</translation>
    </message>
    <message>
        <source>focus-server pods</source>
        <translation>ה-pods של focus-server</translation>
    </message>
    <message>
        <source>could not read: %1</source>
        <translation>לא ניתן לקרוא: %1</translation>
    </message>
    <message>
        <source>Backend access</source>
        <translation>גישה לצד השרת</translation>
    </message>
    <message>
        <source>Read-only access to the backend of %1, for the job&apos;s ladder: why a consumer is not there. Only GET requests are sent.</source>
        <translation>גישת קריאה בלבד לצד השרת של %1, עבור סולם המשימה: למה אין צרכן. נשלחות בקשות GET בלבד.</translation>
    </message>
    <message>
        <source>RabbitMQ management API</source>
        <translation>ממשק הניהול של RabbitMQ</translation>
    </message>
    <message>
        <source>Kubernetes API</source>
        <translation>ה-API של Kubernetes</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>כתובת:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>משתמש:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>סיסמה:</translation>
    </message>
    <message>
        <source>kept (type to replace)</source>
        <translation>שמורה (הקלידו כדי להחליף)</translation>
    </message>
    <message>
        <source>Kept in the desktop&apos;s keyring; where there is none, in memory until the viewer closes. Never in a settings file, a log or a report.</source>
        <translation>נשמרת במחזיק המפתחות של שולחן העבודה; כשאין כזה, בזיכרון עד סגירת המציג. לעולם לא בקובץ הגדרות, ביומן או בדוח.</translation>
    </message>
    <message>
        <source>Token file:</source>
        <translation>קובץ אסימון:</translation>
    </message>
    <message>
        <source>none (kubectl proxy)</source>
        <translation>ללא (kubectl proxy)</translation>
    </message>
    <message>
        <source>Namespace:</source>
        <translation>מרחב שמות:</translation>
    </message>
    <message>
        <source>Through SSH to a node: ssh -L 8001:127.0.0.1:8001 NODE kubectl proxy, then http://127.0.0.1:8001</source>
        <translation>דרך SSH לצומת: ssh -L 8001:127.0.0.1:8001 NODE kubectl proxy, ואז http://127.0.0.1:8001</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>עיון…</translation>
    </message>
    <message>
        <source>Check access</source>
        <translation>בדיקת גישה</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>שכח</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>אישור</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
</context>
<context>
    <name>wf::BinChoice</name>
    <message>
        <source>Mean of bins</source>
        <translation>ממוצע התאים</translation>
    </message>
    <message>
        <source>Max of bins</source>
        <translation>מקסימום התאים</translation>
    </message>
    <message>
        <source>One bin</source>
        <translation>תא אחד</translation>
    </message>
    <message>
        <source>How each channel&apos;s frequency bins (gRPC stream) become one value per line; a channel holding a negative bin always shows it</source>
        <translation>איך תאי התדר של כל ערוץ (זרם gRPC) הופכים לערך אחד בכל שורה; ערוץ שיש בו תא שלילי מציג אותו תמיד</translation>
    </message>
    <message>
        <source>The frequency bin shown (0 = the lowest frequency)</source>
        <translation>תא התדר המוצג (0 = התדר הנמוך ביותר)</translation>
    </message>
    <message>
        <source>mean of %1 bins</source>
        <translation>ממוצע של %1 תאים</translation>
    </message>
    <message>
        <source>max of %1 bins</source>
        <translation>מקסימום של %1 תאים</translation>
    </message>
    <message>
        <source>bin %1, %2 Hz</source>
        <translation>תא %1,‏ %2 Hz</translation>
    </message>
    <message>
        <source>bin %1</source>
        <translation>תא %1</translation>
    </message>
</context>
<context>
    <name>wf::BusyIndicator</name>
    <message>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
</context>
<context>
    <name>wf::ConfigureForm</name>
    <message>
        <source>Job</source>
        <translation>משימה</translation>
    </message>
    <message>
        <source>View</source>
        <translation>תצוגה</translation>
    </message>
    <message>
        <source>Multichannel</source>
        <translation>רב-ערוצית</translation>
    </message>
    <message>
        <source>Single channel</source>
        <translation>ערוץ יחיד</translation>
    </message>
    <message>
        <source>Waterfall</source>
        <translation>מפל</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>ערוצים</translation>
    </message>
    <message>
        <source>First channel (1-based)</source>
        <translation>הערוץ הראשון (המספור מתחיל ב-1)</translation>
    </message>
    <message>
        <source>Last channel; a single-channel view uses the first one only</source>
        <translation>הערוץ האחרון; תצוגת ערוץ יחיד משתמשת רק בערוץ הראשון</translation>
    </message>
    <message>
        <source>NFFT</source>
        <translation>NFFT</translation>
    </message>
    <message>
        <source>FFT size: a power of two, 128 to 2048 for multichannel, up to 65536 for a single channel; always 1 for the waterfall view</source>
        <translation>גודל ה-FFT: חזקה של 2, בין 128 ל-2048 בתצוגה רב-ערוצית, עד 65536 בתצוגת ערוץ יחיד; תמיד 1 בתצוגת המפל</translation>
    </message>
    <message>
        <source>Frequency range (Hz)</source>
        <translation>טווח תדרים (Hz)</translation>
    </message>
    <message>
        <source>Display height (rows)</source>
        <translation>גובה התצוגה (שורות)</translation>
    </message>
    <message>
        <source>Time axis (s)</source>
        <translation>ציר הזמן (s)</translation>
    </message>
    <message>
        <source>The fiber has channels %1 to %2; one job takes at most %3.</source>
        <translation>בסיב יש ערוצים %1 עד %2; משימה אחת כוללת לכל היותר %3.</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>at %1 along the fiber</source>
        <translation>במרחק %1 לאורך הסיב</translation>
    </message>
    <message>
        <source>%1 to %2 along the fiber</source>
        <translation>בין %1 ל-%2 לאורך הסיב</translation>
    </message>
    <message>
        <source>Channel n lies at fiber start + (n − 1) × %1</source>
        <translation>ערוץ n נמצא במיקום: תחילת הסיב + (n − 1) × %1</translation>
    </message>
    <message>
        <source>Rows from</source>
        <translation>שורות מתוך</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>אוטומטי</translation>
    </message>
    <message>
        <source>REST waterfall</source>
        <translation>waterfall של REST</translation>
    </message>
    <message>
        <source>gRPC stream</source>
        <translation>זרם gRPC</translation>
    </message>
    <message>
        <source>Automatic reads the REST waterfall where the server has it and the job&apos;s gRPC stream (stream_url, stream_port) where it does not.</source>
        <translation>אוטומטי קורא את ה-waterfall של REST כשהשרת מציע אותו, ואת זרם ה-gRPC של המשימה (stream_url,‏ stream_port) כשאינו מציע.</translation>
    </message>
    <message>
        <source>Lowest frequency, %1 to %2</source>
        <translation>התדר הנמוך ביותר, %1 עד %2</translation>
    </message>
    <message>
        <source>%1 Hz</source>
        <translation>%1 Hz</translation>
    </message>
    <message>
        <source>Highest frequency, above the lowest and at most %1</source>
        <translation>התדר הגבוה ביותר, מעל הנמוך ולכל היותר %1</translation>
    </message>
    <message>
        <source>First channel, %1 to %2</source>
        <translation>ערוץ ראשון, %1 עד %2</translation>
    </message>
    <message>
        <source>Last channel, %1 to %2; a single-channel view uses the first one only</source>
        <translation>ערוץ אחרון, %1 עד %2; תצוגת ערוץ יחיד משתמשת בראשון בלבד</translation>
    </message>
    <message>
        <source>Stream ready within (s)</source>
        <translation>הזרם מוכן בתוך (s)</translation>
    </message>
    <message>
        <source>How long after configure the job&apos;s gRPC stream may refuse connections before the job is given up: production servers open a job&apos;s stream 7–21 s after configure.</source>
        <translation>כמה זמן אחרי ההגדרה זרם ה-gRPC של המשימה רשאי לסרב לחיבורים לפני שמוותרים על המשימה: שרתי ייצור פותחים את זרם המשימה 7–21 s אחרי ההגדרה.</translation>
    </message>
</context>
<context>
    <name>wf::ConnectDialog</name>
    <message>
        <source>CA or server certificate</source>
        <translation>תעודת CA או תעודת שרת</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>תעודות (*.pem *.crt *.cer *.der);;כל הקבצים (*)</translation>
    </message>
    <message>
        <source>Choose the CA or certificate file to trust.</source>
        <translation>בחרו את קובץ ה-CA או התעודה שיש לסמוך עליו.</translation>
    </message>
    <message>
        <source>Enter the SHA-256 fingerprint to pin, or fetch it from the server.</source>
        <translation>הזינו את טביעת האצבע SHA-256 להצמדה, או משכו אותה מהשרת.</translation>
    </message>
    <message>
        <source>%1 is plain HTTP: there is no certificate to pin.</source>
        <translation>%1 הוא HTTP רגיל: אין תעודה להצמיד.</translation>
    </message>
    <message>
        <source>Asking %1 for its certificate…</source>
        <translation>מבקש מ-%1 את התעודה שלו…</translation>
    </message>
    <message>
        <source>No certificate could be read: %1</source>
        <translation>לא ניתן היה לקרוא תעודה: %1</translation>
    </message>
    <message>
        <source>The server presents the certificate SHA-256 %1. Compare it with the fingerprint from the server&apos;s administrator before trusting it.</source>
        <translation>השרת מציג את התעודה SHA-256 %1. השוו אותה לטביעת האצבע שמסר מנהל השרת לפני שתסמכו עליה.</translation>
    </message>
    <message>
        <source>Connect to server</source>
        <translation>התחברות לשרת</translation>
    </message>
    <message>
        <source>Focus Server base URL:</source>
        <translation>כתובת הבסיס של Focus Server:</translation>
    </message>
    <message>
        <source>e.g. https://host/focus-server/</source>
        <translation>לדוגמה https://host/focus-server/</translation>
    </message>
    <message>
        <source>Trust the certificate by:</source>
        <translation>לסמוך על התעודה לפי:</translation>
    </message>
    <message>
        <source>The system&apos;s certificate authorities</source>
        <translation>רשויות האישורים של המערכת</translation>
    </message>
    <message>
        <source>A CA or certificate file</source>
        <translation>קובץ CA או תעודה</translation>
    </message>
    <message>
        <source>A pinned certificate (SHA-256 fingerprint)</source>
        <translation>תעודה מוצמדת (טביעת אצבע SHA-256)</translation>
    </message>
    <message>
        <source>Do not verify (insecure, marked in the window)</source>
        <translation>ללא אימות (לא מאובטח, מסומן בחלון)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>עיון…</translation>
    </message>
    <message>
        <source>Fetch from server</source>
        <translation>משיכה מהשרת</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>התחברות</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <source>Remembered for this server: the certificate pinned as SHA-256 %1.</source>
        <translation>נשמר עבור שרת זה: התעודה המוצמדת כ-SHA-256 %1.</translation>
    </message>
    <message>
        <source>Remembered for this server: trust the CA file %1.</source>
        <translation>נשמר עבור שרת זה: לסמוך על קובץ ה-CA %1.</translation>
    </message>
    <message>
        <source>Nothing remembered for this server: the system&apos;s certificate authorities decide.</source>
        <translation>לא נשמר דבר עבור שרת זה: רשויות האישורים של המערכת מחליטות.</translation>
    </message>
</context>
<context>
    <name>wf::ContrastControls</name>
    <message>
        <source>Auto contrast</source>
        <translation>ניגודיות אוטומטית</translation>
    </message>
    <message>
        <source>Auto once</source>
        <translation>אוטומטי פעם אחת</translation>
    </message>
    <message>
        <source>Fixed range</source>
        <translation>טווח קבוע</translation>
    </message>
    <message>
        <source>Server range</source>
        <translation>טווח השרת</translation>
    </message>
    <message>
        <source>How the colour map&apos;s ends are chosen</source>
        <translation>כיצד נבחרים קצוות מפת הצבעים</translation>
    </message>
    <message>
        <source>dB</source>
        <translation>dB</translation>
    </message>
    <message>
        <source>Lowest level</source>
        <translation>הרמה הנמוכה ביותר</translation>
    </message>
    <message>
        <source>Highest level</source>
        <translation>הרמה הגבוהה ביותר</translation>
    </message>
    <message>
        <source>Lowest level: drag to fix the contrast</source>
        <translation>הרמה הנמוכה ביותר: גררו כדי לקבע את הניגודיות</translation>
    </message>
    <message>
        <source>Highest level: drag to fix the contrast</source>
        <translation>הרמה הגבוהה ביותר: גררו כדי לקבע את הניגודיות</translation>
    </message>
    <message>
        <source>The range the server gives: each REST block&apos;s current_min_amp … current_max_amp, or the gRPC stream&apos;s scale, global_minimum … global_maximum</source>
        <translation>הטווח שהשרת נותן: current_min_amp … current_max_amp של כל בלוק REST, או סקאלת זרם ה-gRPC,‏ global_minimum … global_maximum</translation>
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
    <message>
        <source>Probe again every</source>
        <translation>בדיקה חוזרת כל</translation>
    </message>
    <message>
        <source>Probe the server periodically, to see when a route appears after a deployment</source>
        <translation>בדיקה תקופתית של השרת, כדי לראות מתי נתיב מופיע אחרי פריסה</translation>
    </message>
    <message>
        <source>Server information</source>
        <translation>פרטי השרת</translation>
    </message>
    <message>
        <source>Software version</source>
        <translation>גרסת התוכנה</translation>
    </message>
    <message>
        <source>Fiber</source>
        <translation>סיב</translation>
    </message>
    <message>
        <source>Channel spacing (dx)</source>
        <translation>מרווח בין ערוצים (dx)</translation>
    </message>
    <message>
        <source>Pulse rate (PRR)</source>
        <translation>קצב פולסים (PRR)</translation>
    </message>
    <message>
        <source>State changes</source>
        <translation>שינויי מצב</translation>
    </message>
    <message>
        <source>Server information not loaded yet</source>
        <translation>פרטי השרת טרם נטענו</translation>
    </message>
    <message>
        <source>Waiting for fiber: the server has no live data until the fiber is connected.</source>
        <translation>השרת ממתין לסיב: אין לו נתונים בזמן אמת עד שהסיב יחובר.</translation>
    </message>
    <message>
        <source>Fiber connected: live data available.</source>
        <translation>הסיב מחובר: יש נתונים בזמן אמת.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 עד %2</translation>
    </message>
    <message>
        <source>%1 first probe: %2</source>
        <translation>%1 בדיקה ראשונה: %2</translation>
    </message>
    <message>
        <source>Channel range (%1)</source>
        <translation>טווח ערוצים (%1)</translation>
    </message>
    <message>
        <source>The server did not give its live metadata (%1).</source>
        <translation>השרת לא החזיר מטא-נתונים בזמן אמת (%1).</translation>
    </message>
    <message>
        <source>Channels (%1)</source>
        <translation>ערוצים (%1)</translation>
    </message>
    <message>
        <source>The fiber state is unknown: %1 answered in a shape this viewer does not know.</source>
        <translation>מצב הסיב אינו ידוע: %1 ענה במבנה שהמציג הזה אינו מכיר.</translation>
    </message>
    <message>
        <source>Note: %1 answered in a shape this viewer does not know (%2). An observation, not a failure: distances and the fiber state are not shown; the form is bounded by %3.</source>
        <translation>הערה: %1 ענה במבנה שהמציג הזה אינו מכיר (%2). זו תצפית, לא כשל: המרחקים ומצב הסיב אינם מוצגים; הטופס תחום לפי %3.</translation>
    </message>
    <message>
        <source>Note: the server disagrees with itself. %1.</source>
        <translation>הערה: השרת סותר את עצמו. %1.</translation>
    </message>
</context>
<context>
    <name>wf::EndpointSummaryLine</name>
    <message>
        <source>checking the server again after the job&apos;s failure…</source>
        <translation>בודק שוב את השרת אחרי כישלון המשימה…</translation>
    </message>
    <message>
        <source>%1 · checked %2</source>
        <translation>%1 · נבדק %2</translation>
    </message>
</context>
<context>
    <name>wf::JobParamsView</name>
    <message>
        <source>Job</source>
        <translation>משימה</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>שרת:</translation>
    </message>
    <message>
        <source>Job id:</source>
        <translation>מזהה משימה:</translation>
    </message>
    <message>
        <source>View:</source>
        <translation>תצוגה:</translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation>ערוצים:</translation>
    </message>
    <message>
        <source>NFFT:</source>
        <translation>NFFT:</translation>
    </message>
    <message>
        <source>Frequency:</source>
        <translation>תדר:</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>גובה:</translation>
    </message>
    <message>
        <source>Time axis:</source>
        <translation>ציר הזמן:</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>חלון זמן:</translation>
    </message>
    <message>
        <source>lines_dt:</source>
        <translation>lines_dt:</translation>
    </message>
    <message>
        <source>INSECURE: certificate not verified</source>
        <translation>לא מאובטח: התעודה לא אומתה</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>לא רלוונטי</translation>
    </message>
    <message>
        <source>%1 (%2 channels)</source>
        <translation>%1 (%2 ערוצים)</translation>
    </message>
    <message>
        <source>Hz</source>
        <translation>Hz</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 שורות</translation>
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
        <translation>מגדירים את המשימה…</translation>
    </message>
    <message>
        <source>Waiting for the job&apos;s gRPC stream to open…</source>
        <translation>ממתינים שזרם ה-gRPC של המשימה ייפתח…</translation>
    </message>
    <message>
        <source>Waiting for the job&apos;s consumer…</source>
        <translation>ממתינים לצרכן של המשימה…</translation>
    </message>
</context>
<context>
    <name>wf::LadderView</name>
    <message>
        <source>Why: %1 (%2).</source>
        <translation>למה: %1 (%2).</translation>
    </message>
    <message>
        <source>The backend is not opened: its rungs are not read.</source>
        <translation>צד השרת לא נפתח: שלביו לא נקראים.</translation>
    </message>
    <message>
        <source>The backend will be read while a job waits for its consumer.</source>
        <translation>צד השרת ייקרא בזמן שמשימה ממתינה לצרכן שלה.</translation>
    </message>
    <message>
        <source>Reading the backend…</source>
        <translation>קוראים את צד השרת…</translation>
    </message>
    <message>
        <source>Backend read %1 after configure; nothing on it failed.</source>
        <translation>צד השרת נקרא %1 אחרי ההגדרה; שום דבר בו לא נכשל.</translation>
    </message>
    <message>
        <source>Could not read: %1</source>
        <translation>לא ניתן לקרוא: %1</translation>
    </message>
    <message>
        <source>%1: not read: %2</source>
        <translation>%1: לא נקרא: %2</translation>
    </message>
    <message>
        <source>%1: no line names the job or an error</source>
        <translation>%1: אף שורה אינה מזכירה את המשימה או שגיאה</translation>
    </message>
    <message>
        <source>Ladder</source>
        <translation>סולם</translation>
    </message>
    <message>
        <source>From the route to the first frame: each step the job needs, with its state, when it was seen and its evidence.</source>
        <translation>מהנתיב ועד המסגרת הראשונה: כל שלב שהמשימה צריכה, עם מצבו, מתי נראה והראיה לכך.</translation>
    </message>
    <message>
        <source>Backend access…</source>
        <translation>גישה לצד השרת…</translation>
    </message>
    <message>
        <source>Open the server&apos;s RabbitMQ and Kubernetes to read why a consumer is not there (read-only).</source>
        <translation>פתחו את ה-RabbitMQ וה-Kubernetes של השרת כדי לקרוא למה אין צרכן (קריאה בלבד).</translation>
    </message>
    <message>
        <source>Logs that explain it</source>
        <translation>יומנים שמסבירים זאת</translation>
    </message>
</context>
<context>
    <name>wf::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;שפה</translation>
    </message>
    <message>
        <source>Switch language</source>
        <translation>החלפת שפה</translation>
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
        <source>Server: %1</source>
        <translation>שרת: %1</translation>
    </message>
    <message>
        <source>Configure</source>
        <translation>הגדרה</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>נקודות קצה</translation>
    </message>
    <message>
        <source>&amp;Connect to server…</source>
        <translation>&amp;התחברות לשרת…</translation>
    </message>
    <message>
        <source>That row is no longer in the waterfall&apos;s history.</source>
        <translation>השורה הזו כבר אינה בהיסטוריה של המפל.</translation>
    </message>
    <message>
        <source>Save session report</source>
        <translation>שמירת דוח סשן</translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation>דוח HTML (*.html)</translation>
    </message>
    <message>
        <source>Report saved: %1 and %2</source>
        <translation>הדוח נשמר: %1 ו-%2</translation>
    </message>
    <message>
        <source>&amp;Save session report…</source>
        <translation>&amp;שמירת דוח סשן…</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>איכות</translation>
    </message>
    <message>
        <source>Record session</source>
        <translation>הקלטת סשן</translation>
    </message>
    <message>
        <source>&amp;Open recording…</source>
        <translation>&amp;פתיחת הקלטה…</translation>
    </message>
    <message>
        <source>Recording to %1: the next job you start is recorded.</source>
        <translation>מקליטים לקובץ %1: המשימה הבאה שתתחיל תוקלט.</translation>
    </message>
    <message>
        <source>Stop &amp;recording</source>
        <translation>&amp;עצירת ההקלטה</translation>
    </message>
    <message>
        <source>&amp;Record session…</source>
        <translation>&amp;הקלטת סשן…</translation>
    </message>
    <message>
        <source>● REC %1 replies</source>
        <translation>● הקלטה · תשובות: %1</translation>
    </message>
    <message>
        <source>● REC waiting for the next job</source>
        <translation>● הקלטה · ממתינה למשימה הבאה</translation>
    </message>
    <message>
        <source>Recording to %1</source>
        <translation>מקליטים לקובץ %1</translation>
    </message>
    <message>
        <source>Session recordings (*.jsonl)</source>
        <translation>הקלטות סשן (*.jsonl)</translation>
    </message>
    <message>
        <source>Open recording</source>
        <translation>פתיחת הקלטה</translation>
    </message>
    <message>
        <source>Session recordings (*.jsonl);;All files (*)</source>
        <translation>הקלטות סשן (*.jsonl);;כל הקבצים (*)</translation>
    </message>
    <message>
        <source>Replaying %1: %2 replies recorded from %3.</source>
        <translation>מנגנים את %1 — תשובות: %2, שהוקלטו מהשרת %3.</translation>
    </message>
    <message>
        <source>Back to live: the panels follow the live job again.</source>
        <translation>חזרה לשידור חי: הלוחות מציגים שוב את המשימה בזמן אמת.</translation>
    </message>
    <message>
        <source>Replay: %1 — %2</source>
        <translation>ניגון הקלטה: %1 — %2</translation>
    </message>
    <message>
        <source>Job status</source>
        <translation>מצב המשימה</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;תצוגה</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>מצב &amp;מצגת</translation>
    </message>
    <message>
        <source>Full screen with the waterfall and the diagnosis only (F11 returns)</source>
        <translation>מסך מלא עם המפל והאבחון בלבד (F11 חוזר)</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>&amp;איפוס הפריסה</translation>
    </message>
    <message>
        <source>&amp;Job</source>
        <translation>&amp;משימה</translation>
    </message>
    <message>
        <source>Re-&amp;probe endpoints</source>
        <translation>&amp;בדיקה חוזרת של נקודות הקצה</translation>
    </message>
    <message>
        <source>&amp;Waterfall</source>
        <translation>מ&amp;פל</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;עזרה</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>קיצורי &amp;מקלדת…</translation>
    </message>
    <message>
        <source>&amp;About Focus Waterfall Viewer…</source>
        <translation>&amp;אודות מציג המפל של Focus…</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>פתח את תיקיית ה&amp;יומן</translation>
    </message>
    <message>
        <source>No log file is written (the folder could not be made)</source>
        <translation>לא נכתב קובץ יומן (לא ניתן היה ליצור את התיקייה)</translation>
    </message>
    <message>
        <source>The log file: %1</source>
        <translation>קובץ היומן: %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>מתחבר אל %1…</translation>
    </message>
    <message>
        <source>Probing the server&apos;s endpoints…</source>
        <translation>בודקים את נקודות הקצה של השרת…</translation>
    </message>
    <message>
        <source>&amp;Backend access…</source>
        <translation>&amp;גישה לצד השרת…</translation>
    </message>
    <message>
        <source>RabbitMQ password</source>
        <translation>סיסמת RabbitMQ</translation>
    </message>
    <message>
        <source>The password of %1 on %2, for the job&apos;s ladder. No keyring is available: it is kept in memory until the viewer closes.</source>
        <translation>הסיסמה של %1 ב-%2, עבור סולם המשימה. אין מחזיק מפתחות זמין: היא נשמרת בזיכרון עד סגירת המציג.</translation>
    </message>
    <message>
        <source>Backend access forgotten for %1.</source>
        <translation>הגישה לצד השרת של %1 נשכחה.</translation>
    </message>
    <message>
        <source>The RabbitMQ password is in the desktop&apos;s keyring.</source>
        <translation>סיסמת ה-RabbitMQ נמצאת במחזיק המפתחות של שולחן העבודה.</translation>
    </message>
    <message>
        <source>No keyring took the RabbitMQ password (%1): it is kept in memory until the viewer closes.</source>
        <translation>אף מחזיק מפתחות לא קיבל את סיסמת ה-RabbitMQ (%1): היא נשמרת בזיכרון עד סגירת המציג.</translation>
    </message>
</context>
<context>
    <name>wf::QualityPanel</name>
    <message>
        <source>No job followed yet</source>
        <translation>עדיין אין עבודה במעקב</translation>
    </message>
    <message>
        <source>Double-click to show it in the waterfall</source>
        <translation>לחיצה כפולה מציגה את זה במפל</translation>
    </message>
    <message>
        <source>%1  %2 changed from %3 to %4</source>
        <translation>%1  %2 השתנה מ-%3 ל-%4</translation>
    </message>
    <message>
        <source>%1  waiting for fiber until %2</source>
        <translation>%1  המתנה לסיב עד %2</translation>
    </message>
    <message>
        <source>%1  waiting for fiber (still)</source>
        <translation>%1  המתנה לסיב (עדיין)</translation>
    </message>
    <message>
        <source>Consumer came alive after %1 (threshold %2)</source>
        <translation>הצרכן התעורר אחרי %1 (הסף %2)</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>תוצאה</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>בדיקה</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>ספירה</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>נראה לראשונה</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>האחרון</translation>
    </message>
    <message>
        <source>Fail at</source>
        <translation>כישלון מ-</translation>
    </message>
    <message>
        <source>A count at or above this fails the check; below it, a non-zero count warns. 0: only warn.</source>
        <translation>ספירה בגובה הערך הזה או מעליו מכשילה את הבדיקה; מתחתיו, ספירה שאינה אפס היא אזהרה. 0: אזהרה בלבד.</translation>
    </message>
    <message>
        <source>Consumer threshold:</source>
        <translation>סף הצרכן:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>A consumer slower than this to come alive is a finding.</source>
        <translation>צרכן שמתעורר לאט יותר מזה נחשב ממצא.</translation>
    </message>
    <message>
        <source>Metadata and consumer</source>
        <translation>מטא-נתונים וצרכן</translation>
    </message>
</context>
<context>
    <name>wf::ReadinessPanel</name>
    <message>
        <source>Job status</source>
        <translation>מצב המשימה</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>העתקת דוח</translation>
    </message>
    <message>
        <source>Copy a Markdown report of this job for a bug report</source>
        <translation>העתקת דוח Markdown על המשימה הזו, לצירוף לדיווח על באג</translation>
    </message>
    <message>
        <source>Save log…</source>
        <translation>שמירת יומן…</translation>
    </message>
    <message>
        <source>Timeline (after the configure reply)</source>
        <translation>ציר אירועים (מאז התשובה לבקשת ההגדרה)</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>בקשות</translation>
    </message>
    <message>
        <source>Diagnosis code, as in focusctl watch&apos;s report</source>
        <translation>קוד האבחנה, כמו בדוח של focusctl watch</translation>
    </message>
    <message>
        <source>took %1</source>
        <translation>משך: %1</translation>
    </message>
    <message>
        <source>%1 elapsed</source>
        <translation>חלפו %1</translation>
    </message>
    <message>
        <source>No job has been started.</source>
        <translation>לא הופעלה אף משימה.</translation>
    </message>
    <message>
        <source>Save request log</source>
        <translation>שמירת יומן הבקשות</translation>
    </message>
    <message>
        <source>Log files (*.log *.txt);;All files (*)</source>
        <translation>קובצי יומן (*.log *.txt);;כל הקבצים (*)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>לא ניתן היה לשמור את %1: %2</translation>
    </message>
    <message>
        <source>Endpoints: %1</source>
        <translation>נקודות קצה: %1</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>ציר אירועים</translation>
    </message>
</context>
<context>
    <name>wf::RecordingOpenFeedback</name>
    <message>
        <source>Loading the recording %1…</source>
        <translation>טוען את ההקלטה %1…</translation>
    </message>
    <message>
        <source>Opening the recording was cancelled.</source>
        <translation>פתיחת ההקלטה בוטלה.</translation>
    </message>
    <message>
        <source>Open recording</source>
        <translation>פתיחת הקלטה</translation>
    </message>
</context>
<context>
    <name>wf::ReplayBar</name>
    <message>
        <source>As fast as possible</source>
        <translation>מהר ככל האפשר</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>מהירות:</translation>
    </message>
    <message>
        <source>Back to live</source>
        <translation>חזרה לשידור חי</translation>
    </message>
    <message>
        <source>Close the replay and show the live job again.</source>
        <translation>סגירת הניגון והצגה חוזרת של המשימה בזמן אמת.</translation>
    </message>
    <message>
        <source>Replay: %1</source>
        <translation>ניגון הקלטה: %1</translation>
    </message>
    <message>
        <source>recorded %1 from %2</source>
        <translation>הוקלטה בזמן %1 מהשרת %2</translation>
    </message>
    <message>
        <source>%1 · cut short: replayed up to its last reply</source>
        <translation>%1 · ההקלטה נקטעה: מנגנים עד התשובה האחרונה שבה</translation>
    </message>
    <message>
        <source>Replay again</source>
        <translation>ניגון חוזר</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>השהיה</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>ניגון</translation>
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
        <translation>תשובות</translation>
    </message>
    <message>
        <source>Replies per endpoint and status</source>
        <translation>תשובות לפי נקודת קצה וסטטוס</translation>
    </message>
    <message>
        <source>Rows received: %1 in %2</source>
        <translation>שורות שהתקבלו: %1 ב-%2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln block(s)</source>
        <translation>
            <numerusform>%Ln בלוק</numerusform>
            <numerusform>%Ln בלוקים</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows from the gRPC stream at %1: %2 · %3</source>
        <translation>שורות מזרם ה-gRPC בכתובת %1: %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln frame(s)</source>
        <translation>
            <numerusform>%Ln מסגרת</numerusform>
            <numerusform>%Ln מסגרות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reconnect(s)</source>
        <translation>
            <numerusform>%Ln התחברות מחדש</numerusform>
            <numerusform>%Ln התחברויות מחדש</numerusform>
        </translation>
    </message>
    <message>
        <source>Waterfall polls: last %1 · p95 %2 · poll interval %3</source>
        <translation>תשאולי המפל: אחרון %1 · p95 %2 · מרווח תשאול %3</translation>
    </message>
</context>
<context>
    <name>wf::ServerSwitchQuestion</name>
    <message>
        <source>(no id yet)</source>
        <translation>(עדיין אין מזהה)</translation>
    </message>
    <message>
        <source>Connect to server</source>
        <translation>התחברות לשרת</translation>
    </message>
    <message numerus="yes">
        <source>Stop job %1 and discard %Ln row(s)?</source>
        <translation>
            <numerusform>לעצור את המשימה %1 ולמחוק שורה %Ln?</numerusform>
            <numerusform>לעצור את המשימה %1 ולמחוק %Ln שורות?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discard job %1 and its %Ln row(s)?</source>
        <translation>
            <numerusform>למחוק את המשימה %1 ואת השורה %Ln שלה?</numerusform>
            <numerusform>למחוק את המשימה %1 ואת %Ln השורות שלה?</numerusform>
        </translation>
    </message>
    <message>
        <source>The other server opens in this window: this job&apos;s rows, verdict and log are not kept. Save the session report first to keep them.</source>
        <translation>השרת האחר ייפתח בחלון הזה: השורות, ההכרעה והיומן של המשימה הזו לא יישמרו. כדי לשמור אותם, יש לשמור קודם את דוח ההפעלה.</translation>
    </message>
    <message>
        <source>Save report, then switch…</source>
        <translation>שמירת הדוח ואז מעבר…</translation>
    </message>
    <message>
        <source>Stop job and switch</source>
        <translation>עצירת המשימה ומעבר</translation>
    </message>
    <message>
        <source>Discard and switch</source>
        <translation>מחיקה ומעבר</translation>
    </message>
</context>
<context>
    <name>wf::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>קיצורי מקלדת</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>פעולה</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>מקשים</translation>
    </message>
    <message>
        <source>The waterfall&apos;s keys work wherever the focus is, except while typing in a field.</source>
        <translation>מקשי המפל פועלים בכל מקום שבו נמצא המיקוד, חוץ מבזמן הקלדה בשדה.</translation>
    </message>
</context>
<context>
    <name>wf::StreamInspector</name>
    <message>
        <source>gRPC streams: timeline and latest frame</source>
        <translation>זרמי gRPC: ציר זמן והמסגרת האחרונה</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>ערוצים</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>התחבר</translation>
    </message>
    <message>
        <source>First frame</source>
        <translation>מסגרת ראשונה</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>מסגרות</translation>
    </message>
    <message>
        <source>Time lines</source>
        <translation>שורות זמן</translation>
    </message>
    <message>
        <source>Last row index</source>
        <translation>אינדקס השורה האחרונה</translation>
    </message>
    <message>
        <source>Shape (x × y × z)</source>
        <translation>צורה (x × y × z)</translation>
    </message>
    <message>
        <source>Bytes (latest frame)</source>
        <translation>בתים (המסגרת האחרונה)</translation>
    </message>
    <message>
        <source>Frames per second</source>
        <translation>מסגרות לשנייה</translation>
    </message>
    <message>
        <source>Reconnects</source>
        <translation>התחברויות מחדש</translation>
    </message>
    <message>
        <source>Bad frames</source>
        <translation>מסגרות פגומות</translation>
    </message>
    <message>
        <source>Stream %1</source>
        <translation>זרם %1</translation>
    </message>
    <message>
        <source>Server scale (global_minimum – maximum)</source>
        <translation>סקאלת השרת (global_minimum – maximum)</translation>
    </message>
    <message>
        <source>Latest frame&apos;s values (data): min … max</source>
        <translation>ערכי המסגרת האחרונה (נתונים): מינימום … מקסימום</translation>
    </message>
    <message>
        <source>%1, unchanged</source>
        <translation>%1, ללא שינוי</translation>
    </message>
    <message>
        <source>changed once</source>
        <translation>השתנתה פעם אחת</translation>
    </message>
    <message>
        <source>changed %1 times</source>
        <translation>השתנתה %1 פעמים</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, %2, last at row %3</source>
        <translation>%1, %2, לאחרונה בשורה %3</translation>
    </message>
    <message>
        <source>DataStream at %1 · %2 values per channel per line. The bytes are read as little-endian float32, channel-major (every bin of a channel, then the next): unverified on a real server. global_minimum and global_maximum are a colour scale the server keeps, not the frame&apos;s range: values outside it are data, not a defect.</source>
        <translation>DataStream בכתובת %1 · %2 ערכים לכל ערוץ בכל שורה. הבתים נקראים כ-float32 בסדר little-endian, לפי ערוצים (כל התאים של ערוץ, ואז הערוץ הבא): לא אומת מול שרת אמיתי. global_minimum ו-global_maximum הם סקאלת צבעים שהשרת מחזיק, לא הטווח של המסגרת: ערכים מחוץ לה הם נתונים, לא פגם.</translation>
    </message>
    <message>
        <source>Frames dropped (this viewer could not keep up)</source>
        <translation>מסגרות שנזרקו (המציג לא עמד בקצב)</translation>
    </message>
    <message>
        <source>Scales not finite (ignored)</source>
        <translation>סקאלות שאינן סופיות (לא נלקחו בחשבון)</translation>
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
        <translation>חלון זמן</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>בזמן אמת</translation>
    </message>
    <message>
        <source>Historic (recorded)</source>
        <translation>היסטורי (מוקלט)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>התחלה</translation>
    </message>
    <message>
        <source>End</source>
        <translation>סיום</translation>
    </message>
    <message>
        <source>Recordings from</source>
        <translation>הקלטות מתאריך</translation>
    </message>
    <message>
        <source>to</source>
        <translation>עד</translation>
    </message>
    <message>
        <source>Find recordings</source>
        <translation>חיפוש הקלטות</translation>
    </message>
    <message>
        <source>Ask the server which recordings exist in this range</source>
        <translation>בירור מול השרת אילו הקלטות קיימות בטווח הזה</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>משך</translation>
    </message>
    <message>
        <source>Type the window above, or find the recordings of a range and pick one.</source>
        <translation>יש להקליד את חלון הזמן למעלה, או לחפש את ההקלטות בטווח מסוים ולבחור אחת מהן.</translation>
    </message>
    <message>
        <source>Searching for recordings…</source>
        <translation>מחפשים הקלטות…</translation>
    </message>
    <message>
        <source>No recordings in this range.</source>
        <translation>אין הקלטות בטווח הזה.</translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s) found. Pick one to fill the time window.</source>
        <translation>
            <numerusform>נמצאה %n הקלטה. יש לבחור בה כדי למלא את חלון הזמן.</numerusform>
            <numerusform>נמצאו %n הקלטות. יש לבחור אחת מהן כדי למלא את חלון הזמן.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not list the recordings: %1</source>
        <translation>לא ניתן היה לקבל את רשימת ההקלטות: %1</translation>
    </message>
    <message>
        <source>The end of the search range must be after its start.</source>
        <translation>סוף טווח החיפוש חייב להיות אחרי תחילתו.</translation>
    </message>
    <message>
        <source>still recording</source>
        <translation>ההקלטה נמשכת</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>%1 עד כה</translation>
    </message>
</context>
<context>
    <name>wf::TlsBadges</name>
    <message>
        <source>TLS verification OFF</source>
        <translation>אימות TLS כבוי</translation>
    </message>
    <message>
        <source>Pinned certificate SHA-256 %1</source>
        <translation>תעודה מוצמדת SHA-256 %1</translation>
    </message>
    <message>
        <source>The pin remembered for this server (File → Connect to server changes it).</source>
        <translation>ההצמדה שנשמרה עבור שרת זה (קובץ ← התחברות לשרת משנה אותה).</translation>
    </message>
    <message>
        <source>The pin given on the command line.</source>
        <translation>ההצמדה שניתנה בשורת הפקודה.</translation>
    </message>
    <message>
        <source>Trusting the CA file %1</source>
        <translation>סומך על קובץ ה-CA %1</translation>
    </message>
</context>
<context>
    <name>wf::WaterfallChart</name>
    <message>
        <source>Frequency bin</source>
        <translation>תא תדר</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>ערוץ</translation>
    </message>
    <message>
        <source>Frequency (Hz)</source>
        <translation>תדר (Hz)</translation>
    </message>
    <message>
        <source>Distance (m, derived from dx)</source>
        <translation>מרחק (m, מחושב מ-dx)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>זמן</translation>
    </message>
    <message>
        <source>Amplitude (dB)</source>
        <translation>משרעת (dB)</translation>
    </message>
    <message>
        <source>Amplitude</source>
        <translation>משרעת</translation>
    </message>
</context>
<context>
    <name>wf::WaterfallHud</name>
    <message>
        <source>n/a</source>
        <translation>לא רלוונטי</translation>
    </message>
    <message>
        <source>%1 rows/s</source>
        <translation>%1 שורות/s</translation>
    </message>
    <message>
        <source>%1 fps</source>
        <translation>%1 פריימים/s</translation>
    </message>
    <message>
        <source>playout delay %1 s</source>
        <translation>השהיית הצגה %1 ש׳</translation>
    </message>
    <message>
        <source>playout waiting for rows</source>
        <translation>ההצגה ממתינה לשורות</translation>
    </message>
    <message>
        <source>playout off</source>
        <translation>גלילה רציפה כבויה</translation>
    </message>
    <message>
        <source>CPU %1 %</source>
        <translation>מעבד %1 %</translation>
    </message>
    <message>
        <source>poll %1</source>
        <translation>תשאול %1</translation>
    </message>
    <message>
        <source>frame p95 %1</source>
        <translation>פריים p95 %1</translation>
    </message>
    <message>
        <source>history %1 MiB</source>
        <translation>היסטוריה %1 MiB</translation>
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
        <translation>אפור</translation>
    </message>
    <message>
        <source>Diverging (0 = white)</source>
        <translation>דו-קוטבית (0 = לבן)</translation>
    </message>
    <message>
        <source>Colour map</source>
        <translation>מפת צבעים</translation>
    </message>
    <message>
        <source>Highlight negatives</source>
        <translation>הדגשת ערכים שליליים</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>הקפאה</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>חי</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>ניקוי</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>איפוס זום</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>ייצוא…</translation>
    </message>
    <message>
        <source>PNG of the view…</source>
        <translation>קובץ PNG של התצוגה…</translation>
    </message>
    <message>
        <source>PNG at full resolution…</source>
        <translation>קובץ PNG ברזולוציה מלאה…</translation>
    </message>
    <message>
        <source>CSV of the visible window…</source>
        <translation>קובץ CSV של האזור המוצג…</translation>
    </message>
    <message>
        <source>%1 s behind live</source>
        <translation>פיגור של %1 s אחרי זמן אמת</translation>
    </message>
    <message>
        <source>gap</source>
        <translation>פער בנתונים</translation>
    </message>
    <message>
        <source>no sample</source>
        <translation>אין דגימה</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>לא ידוע</translation>
    </message>
    <message>
        <source>Channel %1 · %2 m · %3 · value %4</source>
        <translation>ערוץ %1 · %2 m · זמן %3 · ערך %4</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>ייצוא</translation>
    </message>
    <message>
        <source>Smooth scroll</source>
        <translation>גלילה רציפה</translation>
    </message>
    <message>
        <source>Rows scroll in at the pace of their own timestamps, a small delay behind the newest (sized from how irregularly they arrive), instead of jumping once per batch. Off: each batch is shown as it arrives</source>
        <translation>השורות נגללות בקצב חותמות הזמן שלהן, בהשהיה קטנה אחרי החדשה ביותר (לפי מידת אי־הסדירות של הגעתן), במקום לקפוץ פעם בכל מנה. כבוי: כל מנה מוצגת כשהיא מגיעה</translation>
    </message>
    <message>
        <source>Pause / live</source>
        <translation>השהיה / זמן אמת</translation>
    </message>
    <message>
        <source>Newest rows (live)</source>
        <translation>השורות החדשות ביותר (בזמן אמת)</translation>
    </message>
    <message>
        <source>Oldest rows in the history</source>
        <translation>השורות הישנות ביותר בהיסטוריה</translation>
    </message>
    <message>
        <source>A page newer</source>
        <translation>עמוד חדש יותר</translation>
    </message>
    <message>
        <source>A page older</source>
        <translation>עמוד ישן יותר</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>הגדלה</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>הקטנה</translation>
    </message>
    <message>
        <source>Negative samples: %1 in %2</source>
        <translation>דגימות שליליות: %1 ב-%2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln שורה</numerusform>
            <numerusform>%Ln שורות</numerusform>
        </translation>
    </message>
    <message>
        <source>PAUSED · %1</source>
        <translation>מוקפא · %1</translation>
    </message>
</context>
<context>
    <name>wf::WaterfallPlot</name>
    <message>
        <source>Scroll back through history; the top is live</source>
        <translation>גלילה אחורה בהיסטוריה; הקצה העליון הוא זמן אמת</translation>
    </message>
    <message>
        <source>No rows yet</source>
        <translation>אין עדיין שורות</translation>
    </message>
</context>
<context>
    <name>wf::WaterfallPlotLegend</name>
    <message>
        <source>Negative value</source>
        <translation>ערך שלילי</translation>
    </message>
    <message>
        <source>Gap (no rows)</source>
        <translation>פער (אין שורות)</translation>
    </message>
    <message>
        <source>Overlap / time going back</source>
        <translation>חפיפה / זמן שחוזר לאחור</translation>
    </message>
    <message>
        <source>Jumped-to finding</source>
        <translation>הממצא שאליו קפצת</translation>
    </message>
    <message>
        <source>No rows arrived for this time: the band is as tall as the missing rows</source>
        <translation>לא הגיעו שורות לזמן הזה: גובה הפס כגובה השורות החסרות</translation>
    </message>
    <message>
        <source>A line before a row that starts before the previous row ended, or before it started</source>
        <translation>קו לפני שורה שמתחילה לפני שהשורה הקודמת הסתיימה, או לפני שהתחילה</translation>
    </message>
    <message>
        <source>The frame around the finding you jumped to from the Quality tab</source>
        <translation>המסגרת סביב הממצא שאליו קפצת מלשונית האיכות</translation>
    </message>
    <message>
        <source>Suspect block min/max</source>
        <translation>מינימום/מקסימום חשוד של בלוק</translation>
    </message>
    <message>
        <source>A sample below zero (in the image), a row holding one (strip right of the image)</source>
        <translation>דגימה מתחת לאפס (בתמונה), שורה שמכילה כזו (הפס מימין לתמונה)</translation>
    </message>
    <message>
        <source>Strip left of the image: the block&apos;s reported minimum/maximum is negative, or its maximum is below its minimum</source>
        <translation>הפס משמאל לתמונה: המינימום/המקסימום שהבלוק דיווח שלילי, או שהמקסימום שלו קטן מהמינימום</translation>
    </message>
</context>
<context>
    <name>wf::WaterfallTraces</name>
    <message>
        <source>Channel</source>
        <translation>ערוץ</translation>
    </message>
    <message>
        <source>Amplitude</source>
        <translation>משרעת</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>זמן</translation>
    </message>
</context>
</TS>

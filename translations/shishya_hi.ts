<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>Shishya cannot start</source>
        <translation>शिष्य शुरू नहीं हो पा रहा</translation>
    </message>
    <message>
        <source>Shishya&apos;s settings for this computer</source>
        <translation>इस कंप्यूटर के लिए शिष्य की सेटिंग</translation>
    </message>
    <message>
        <source>The computer&apos;s Shishya settings file has a mistake; ask the lab admin.</source>
        <translation>इस कंप्यूटर की शिष्य सेटिंग वाली फ़ाइल में गलती है; लैब एडमिन से पूछें।</translation>
    </message>
    <message>
        <source>Shishya could not open its window. Reinstall Shishya.</source>
        <translation>शिष्य अपनी विंडो नहीं खोल सका। शिष्य को फिर से इंस्टॉल करें।</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>कुछ गड़बड़ हो गई</translation>
    </message>
    <message>
        <source>Shishya could not finish that. The rest of the app still works.</source>
        <translation>शिष्य यह काम पूरा नहीं कर सका। ऐप का बाकी हिस्सा ठीक चल रहा है।</translation>
    </message>
</context>
<context>
    <name>Careers</name>
    <message>
        <source>fresher ₹%1–%2 LPA</source>
        <translation>शुरुआती सैलरी ₹%1–%2 LPA</translation>
    </message>
</context>
<context>
    <name>CatalogError</name>
    <message>
        <source>The career database is missing. Reinstall Shishya.</source>
        <translation>करियर डेटाबेस नहीं मिला। शिष्य को फिर से इंस्टॉल करें।</translation>
    </message>
    <message>
        <source>Shishya is not allowed to read the career database. Ask whoever looks after this computer to let every user read the Shishya folder, or reinstall Shishya.</source>
        <translation>शिष्य को करियर डेटाबेस पढ़ने की अनुमति नहीं है। इस कंप्यूटर की देखभाल करने वाले से कहें कि हर यूज़र को शिष्य का फ़ोल्डर पढ़ने दें, या शिष्य को फिर से इंस्टॉल करें।</translation>
    </message>
    <message>
        <source>The career database is damaged. Reinstall Shishya.</source>
        <translation>करियर डेटाबेस खराब हो गया है। शिष्य को फिर से इंस्टॉल करें।</translation>
    </message>
    <message>
        <source>This file is not a Shishya career database.</source>
        <translation>यह फ़ाइल शिष्य का करियर डेटाबेस नहीं है।</translation>
    </message>
    <message>
        <source>The career database is older than this version of Shishya. Reinstall Shishya.</source>
        <translation>करियर डेटाबेस शिष्य के इस वर्ज़न से पुराना है। शिष्य को फिर से इंस्टॉल करें।</translation>
    </message>
    <message>
        <source>The career database is newer than this version of Shishya. Update Shishya.</source>
        <translation>करियर डेटाबेस शिष्य के इस वर्ज़न से नया है। शिष्य को अपडेट करें।</translation>
    </message>
    <message>
        <source>This computer&apos;s SQLite library has no full-text search (FTS5). Reinstall Shishya.</source>
        <translation>इस कंप्यूटर की SQLite लाइब्रेरी में फ़ुल-टेक्स्ट सर्च (FTS5) नहीं है। शिष्य को फिर से इंस्टॉल करें।</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>%1 (shared by all)</source>
        <translation>%1 (सबमें एक जैसा)</translation>
    </message>
    <message>
        <source>%1 (about %2 years)</source>
        <translation>%1 (लगभग %2 साल)</translation>
    </message>
    <message>
        <source>about %1 years</source>
        <translation>लगभग %1 साल</translation>
    </message>
    <message>
        <source>None</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <source>What the job is</source>
        <translation>काम क्या है</translation>
    </message>
    <message>
        <source>Minimum education</source>
        <translation>कम से कम पढ़ाई</translation>
    </message>
    <message>
        <source>Stream after 10th</source>
        <translation>10वीं के बाद स्ट्रीम</translation>
    </message>
    <message>
        <source>Shortest path</source>
        <translation>सबसे छोटा रास्ता</translation>
    </message>
    <message>
        <source>Years of study</source>
        <translation>पढ़ाई के साल</translation>
    </message>
    <message>
        <source>Entrance exams</source>
        <translation>प्रवेश परीक्षाएँ</translation>
    </message>
    <message>
        <source>Salary (₹ LPA)</source>
        <translation>सैलरी (₹ LPA)</translation>
    </message>
    <message>
        <source>Growth ladder</source>
        <translation>तरक्की की सीढ़ी</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>हुनर</translation>
    </message>
    <message>
        <source>Demand outlook</source>
        <translation>आगे माँग कैसी रहेगी</translation>
    </message>
    <message>
        <source>Pros</source>
        <translation>फ़ायदे</translation>
    </message>
    <message>
        <source>Cons</source>
        <translation>नुकसान</translation>
    </message>
    <message>
        <source>Related careers</source>
        <translation>मिलते-जुलते करियर</translation>
    </message>
    <message>
        <source>Click to open an exam</source>
        <translation>परीक्षा खोलने के लिए क्लिक करें</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Compare careers side by side</source>
        <translation>करियर की आमने-सामने तुलना</translation>
    </message>
    <message>
        <source>Add a career: type a name, then Enter</source>
        <translation>करियर जोड़ें: नाम लिखें, फिर Enter</translation>
    </message>
    <message>
        <source>Add a career to compare</source>
        <translation>तुलना के लिए करियर जोड़ें</translation>
    </message>
    <message>
        <source>Matching careers</source>
        <translation>खोज से मिले करियर</translation>
    </message>
    <message>
        <source>Differences only</source>
        <translation>सिर्फ़ अंतर</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>सब हटाएँ</translation>
    </message>
    <message>
        <source>Clear the comparison</source>
        <translation>तुलना खाली करें</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF बनाएँ…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>प्रिंट…</translation>
    </message>
    <message>
        <source>Comparison table</source>
        <translation>तुलना की तालिका</translation>
    </message>
    <message>
        <source>Choose two to four careers to see them side by side: pay, study, exams, pros and cons.

Type a name above, or press “+ Add to compare” on any career page.</source>
        <translation>दो से चार करियर चुनें और उन्हें आमने-सामने देखें: सैलरी, पढ़ाई, परीक्षाएँ, फ़ायदे और नुकसान।

ऊपर नाम लिखें, या किसी भी करियर पेज पर “+ तुलना में जोड़ें” दबाएँ।</translation>
    </message>
    <message>
        <source>This comparison cannot be shown.</source>
        <translation>यह तुलना दिखाई नहीं जा सकती।</translation>
    </message>
    <message>
        <source>Move left</source>
        <translation>बाईं ओर ले जाएँ</translation>
    </message>
    <message>
        <source>Move right</source>
        <translation>दाईं ओर ले जाएँ</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 हटाएँ</translation>
    </message>
    <message>
        <source>%1 of %2 chosen</source>
        <translation>%2 में से %1 चुने</translation>
    </message>
    <message>
        <source>You can compare up to %1 careers. Remove one to add another.</source>
        <translation>आप ज़्यादा से ज़्यादा %1 करियर की तुलना कर सकते हैं। नया जोड़ने के लिए एक हटाएँ।</translation>
    </message>
    <message>
        <source>Added %1 to Compare (%2 of %3).</source>
        <translation>%1 तुलना में जोड़ा गया (%3 में से %2)।</translation>
    </message>
    <message>
        <source>%1 is already in Compare (%2 of %3).</source>
        <translation>%1 पहले से तुलना में है (%3 में से %2)।</translation>
    </message>
    <message>
        <source>No career matches “%1”.</source>
        <translation>“%1” से कोई करियर नहीं मिला।</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 सेव हो गया</translation>
    </message>
</context>
<context>
    <name>ContentUpdate</name>
    <message>
        <source>content %1 of %2</source>
        <translation>सामग्री %1 (%2)</translation>
    </message>
    <message>
        <source>for all users</source>
        <translation>सभी यूज़र के लिए</translation>
    </message>
    <message>
        <source>for you</source>
        <translation>आपके लिए</translation>
    </message>
    <message>
        <source>update installed %1, %2</source>
        <translation>अपडेट %1 को इंस्टॉल हुआ, %2</translation>
    </message>
    <message>
        <source>bundled: the installed update could not be opened</source>
        <translation>साथ आई सामग्री: इंस्टॉल किया अपडेट नहीं खुल सका</translation>
    </message>
    <message>
        <source>bundled</source>
        <translation>साथ आई सामग्री</translation>
    </message>
    <message>
        <source>&amp;Content</source>
        <translation>सामग्री (&amp;C)</translation>
    </message>
    <message>
        <source>Update content from file…</source>
        <translation>फ़ाइल से सामग्री अपडेट करें…</translation>
    </message>
    <message>
        <source>Restore previous content</source>
        <translation>पिछली सामग्री वापस लाएँ</translation>
    </message>
    <message>
        <source>About this content</source>
        <translation>इस सामग्री के बारे में</translation>
    </message>
    <message>
        <source>Update content from file</source>
        <translation>फ़ाइल से सामग्री अपडेट करें</translation>
    </message>
    <message>
        <source>Shishya content packs (*.shpack)</source>
        <translation>शिष्य सामग्री पैक (*.shpack)</translation>
    </message>
    <message>
        <source>Content not updated</source>
        <translation>सामग्री अपडेट नहीं हुई</translation>
    </message>
    <message>
        <source>Content updated</source>
        <translation>सामग्री अपडेट हो गई</translation>
    </message>
    <message>
        <source>Content %1 of %2 is installed. Shishya now shows it. “Restore previous content” in the Content menu undoes this.</source>
        <translation>सामग्री %1 (%2) इंस्टॉल हो गई। शिष्य अब यही दिखाएगा। सामग्री मेन्यू में “पिछली सामग्री वापस लाएँ” से इसे पहले जैसा कर सकते हैं।</translation>
    </message>
    <message>
        <source>Content not changed</source>
        <translation>सामग्री नहीं बदली</translation>
    </message>
    <message>
        <source>content %1</source>
        <translation>सामग्री %1</translation>
    </message>
    <message>
        <source>the content that came with Shishya</source>
        <translation>शिष्य के साथ आई सामग्री</translation>
    </message>
    <message>
        <source>Previous content restored</source>
        <translation>पिछली सामग्री वापस आ गई</translation>
    </message>
    <message>
        <source>Shishya now shows %1.</source>
        <translation>शिष्य अब %1 दिखा रहा है।</translation>
    </message>
    <message>
        <source>Content %1 of %2: %3 careers, %4 exams.</source>
        <translation>सामग्री %1 (%2): %3 करियर, %4 परीक्षाएँ।</translation>
    </message>
    <message>
        <source>An update installed on %1 (%2).</source>
        <translation>%1 को इंस्टॉल किया गया अपडेट (%2)।</translation>
    </message>
    <message>
        <source>Opened from a file given at start.</source>
        <translation>शुरू करते समय दी गई फ़ाइल से खोली गई।</translation>
    </message>
    <message>
        <source>The content that came with Shishya.</source>
        <translation>शिष्य के साथ आई सामग्री।</translation>
    </message>
    <message>
        <source>An installed update could not be opened, so Shishya uses this.</source>
        <translation>इंस्टॉल किया अपडेट नहीं खुल सका, इसलिए शिष्य यह सामग्री दिखा रहा है।</translation>
    </message>
</context>
<context>
    <name>ExamsView</name>
    <message>
        <source>Entrance and licensing exams</source>
        <translation>प्रवेश और लाइसेंस परीक्षाएँ</translation>
    </message>
    <message>
        <source>Choose an exam to see who conducts it, when, what it leads to, and the careers that need it.</source>
        <translation>कोई परीक्षा चुनें: कौन लेता है, कब होती है, इससे आगे क्या मिलता है, और किन करियर में इसकी ज़रूरत है।</translation>
    </message>
    <message>
        <source>Search exams: NEET, JEE, CLAT, UPSC…</source>
        <translation>परीक्षा खोजें: NEET, JEE, CLAT, UPSC…</translation>
    </message>
    <message>
        <source>Search exams</source>
        <translation>परीक्षा खोजें</translation>
    </message>
    <message>
        <source>Exams</source>
        <translation>परीक्षाएँ</translation>
    </message>
    <message numerus="yes">
        <source>%n exams</source>
        <translation>
            <numerusform>%n परीक्षा</numerusform>
            <numerusform>%n परीक्षाएँ</numerusform>
        </translation>
    </message>
    <message>
        <source>No exam matches “%1”.

Try an exam&apos;s short name (NEET, JEE, CLAT, CUET), what it is for (medical, law, design, army, bank), or a career (doctor, pilot).</source>
        <translation>“%1” से कोई परीक्षा नहीं मिली।

परीक्षा का छोटा नाम (NEET, JEE, CLAT, CUET), वह किस लिए है (मेडिकल, कानून, डिज़ाइन, आर्मी, बैंक), या कोई करियर (डॉक्टर, पायलट) लिखकर देखें।</translation>
    </message>
    <message>
        <source>%1 exam page →</source>
        <translation>%1 परीक्षा का पेज →</translation>
    </message>
</context>
<context>
    <name>ExitDialog</name>
    <message>
        <source>Close Shishya</source>
        <translation>शिष्य बंद करें</translation>
    </message>
    <message>
        <source>Counsellor&apos;s PIN</source>
        <translation>काउंसलर का PIN</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Counsellor&apos;s PIN:</source>
        <translation>काउंसलर का PIN:</translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>यह PIN सही नहीं है।</translation>
    </message>
</context>
<context>
    <name>ExploreView</name>
    <message>
        <source>Find a career</source>
        <translation>करियर खोजें</translation>
    </message>
    <message>
        <source>Type a few letters of any career name, or use the filters. Click a career to read its page.</source>
        <translation>किसी भी करियर के नाम के कुछ अक्षर लिखें, या फ़िल्टर लगाएँ। किसी करियर पर क्लिक करके उसका पेज पढ़ें।</translation>
    </message>
    <message>
        <source>%1 filter</source>
        <translation>%1 फ़िल्टर</translation>
    </message>
    <message>
        <source>Search careers: doctor, CA, pilot, coder…</source>
        <translation>करियर खोजें: डॉक्टर, CA, पायलट, कोडर…</translation>
    </message>
    <message>
        <source>Search careers</source>
        <translation>करियर खोजें</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>सभी श्रेणियाँ</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <source>Any stream</source>
        <translation>कोई भी स्ट्रीम</translation>
    </message>
    <message>
        <source>Stream after 10th</source>
        <translation>10वीं के बाद स्ट्रीम</translation>
    </message>
    <message>
        <source>Stream: %1</source>
        <translation>स्ट्रीम: %1</translation>
    </message>
    <message>
        <source>Any education</source>
        <translation>कोई भी पढ़ाई</translation>
    </message>
    <message>
        <source>Education needed</source>
        <translation>ज़रूरी पढ़ाई</translation>
    </message>
    <message>
        <source>Start after: %1</source>
        <translation>इसके बाद शुरू: %1</translation>
    </message>
    <message>
        <source>Any fresher pay</source>
        <translation>कोई भी शुरुआती सैलरी</translation>
    </message>
    <message>
        <source>Fresher pay</source>
        <translation>शुरुआती सैलरी</translation>
    </message>
    <message>
        <source>Fresher pay ₹%1+ LPA</source>
        <translation>शुरुआती सैलरी ₹%1+ LPA</translation>
    </message>
    <message>
        <source>Fresher pay ₹%1–%2 LPA</source>
        <translation>शुरुआती सैलरी ₹%1–%2 LPA</translation>
    </message>
    <message>
        <source>Any sector</source>
        <translation>कोई भी क्षेत्र</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>क्षेत्र</translation>
    </message>
    <message>
        <source>Sector: %1</source>
        <translation>क्षेत्र: %1</translation>
    </message>
    <message>
        <source>Any subjects in 11–12</source>
        <translation>11–12 में कोई भी विषय</translation>
    </message>
    <message>
        <source>Subjects in class 11–12</source>
        <translation>कक्षा 11–12 के विषय</translation>
    </message>
    <message>
        <source>Low-cost route</source>
        <translation>कम खर्च वाला रास्ता</translation>
    </message>
    <message>
        <source>Only careers with a low-cost way in</source>
        <translation>सिर्फ़ वे करियर जिनमें कम खर्च में पहुँच सकते हैं</translation>
    </message>
    <message>
        <source>Any demand</source>
        <translation>कोई भी माँग</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>माँग</translation>
    </message>
    <message>
        <source>Demand: %1 or better</source>
        <translation>माँग: %1 या उससे बेहतर</translation>
    </message>
    <message>
        <source>Sort careers</source>
        <translation>करियर का क्रम</translation>
    </message>
    <message>
        <source>Sort: best match</source>
        <translation>क्रम: सबसे सही पहले</translation>
    </message>
    <message>
        <source>Sort: A–Z</source>
        <translation>क्रम: A–Z</translation>
    </message>
    <message>
        <source>Sort: fresher pay</source>
        <translation>क्रम: शुरुआती सैलरी</translation>
    </message>
    <message>
        <source>Sort: senior pay</source>
        <translation>क्रम: सीनियर सैलरी</translation>
    </message>
    <message>
        <source>Sort: demand</source>
        <translation>क्रम: माँग</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>फ़िल्टर हटाएँ</translation>
    </message>
    <message>
        <source>Sets every filter back to “any”</source>
        <translation>हर फ़िल्टर को फिर से “कोई भी” पर कर देता है</translation>
    </message>
    <message>
        <source>Careers</source>
        <translation>करियर</translation>
    </message>
    <message>
        <source>Enter opens a career; Ctrl+Enter or right-click adds it to Compare; Ctrl+D saves it to My careers</source>
        <translation>Enter से करियर खुलता है; Ctrl+Enter या राइट-क्लिक से तुलना में जुड़ता है; Ctrl+D से मेरे करियर में सेव होता है</translation>
    </message>
    <message>
        <source>Clears the search box and every filter</source>
        <translation>खोज और सभी फ़िल्टर खाली कर देता है</translation>
    </message>
    <message>
        <source>Filters (%1)</source>
        <translation>फ़िल्टर (%1)</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>फ़िल्टर</translation>
    </message>
    <message>
        <source>Show or hide the filters</source>
        <translation>फ़िल्टर दिखाएँ या छिपाएँ</translation>
    </message>
    <message numerus="yes">
        <source>%n careers</source>
        <translation>
            <numerusform>%n करियर</numerusform>
            <numerusform>%n करियर</numerusform>
        </translation>
    </message>
    <message>
        <source>Search failed</source>
        <translation>खोज नहीं हो पाई</translation>
    </message>
    <message>
        <source>The search could not run.</source>
        <translation>खोज नहीं चल सकी।</translation>
    </message>
    <message>
        <source>No career matches “%1”.

Try a career&apos;s name (doctor, electrician, CA), an exam (NEET, CLAT), or what you like or need: coding, drawing, animals, government job, no maths, after 10th.</source>
        <translation>“%1” से कोई करियर नहीं मिला।

किसी करियर का नाम (डॉक्टर, इलेक्ट्रीशियन, CA), कोई परीक्षा (NEET, CLAT), या आपको क्या पसंद है या क्या चाहिए, वह लिखें: कोडिंग, ड्रॉइंग, जानवर, सरकारी नौकरी, बिना गणित, 10वीं के बाद।</translation>
    </message>
    <message>
        <source>No career matches these choices.
Clear some filters to see more.</source>
        <translation>इन फ़िल्टर से कोई करियर नहीं मिला।
ज़्यादा देखने के लिए कुछ फ़िल्टर हटाएँ।</translation>
    </message>
    <message>
        <source>Nearest careers:</source>
        <translation>सबसे नज़दीकी करियर:</translation>
    </message>
    <message>
        <source>Nearest exams:</source>
        <translation>सबसे नज़दीकी परीक्षाएँ:</translation>
    </message>
    <message>
        <source>%1 exam page →</source>
        <translation>%1 परीक्षा का पेज →</translation>
    </message>
    <message>
        <source>All categories (%1)</source>
        <translation>सभी श्रेणियाँ (%1)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>खोलें</translation>
    </message>
    <message>
        <source>Add to compare</source>
        <translation>तुलना में जोड़ें</translation>
    </message>
    <message>
        <source>Remove from My careers</source>
        <translation>मेरे करियर से हटाएँ</translation>
    </message>
    <message>
        <source>Save to My careers</source>
        <translation>मेरे करियर में सेव करें</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Go to the search box</source>
        <translation>खोज बॉक्स पर जाएँ</translation>
    </message>
    <message>
        <source>Explore careers / Exams / Compare / My careers / What do I enjoy? (quiz)</source>
        <translation>करियर देखें / परीक्षाएँ / तुलना / मेरे करियर / मुझे क्या पसंद है? (क्विज़)</translation>
    </message>
    <message>
        <source>Save the career to My careers, or remove it</source>
        <translation>करियर को मेरे करियर में सेव करें, या हटाएँ</translation>
    </message>
    <message>
        <source>Move from the search box into the list; open the chosen career</source>
        <translation>खोज बॉक्स से सूची में जाएँ; चुना हुआ करियर खोलें</translation>
    </message>
    <message>
        <source>Add the chosen career to Compare</source>
        <translation>चुना हुआ करियर तुलना में जोड़ें</translation>
    </message>
    <message>
        <source>Back / forward between pages</source>
        <translation>पेजों के बीच पीछे / आगे</translation>
    </message>
    <message>
        <source>Print the current career page or comparison (with a preview)</source>
        <translation>खुला हुआ करियर पेज या तुलना प्रिंट करें (पहले झलक दिखेगी)</translation>
    </message>
    <message>
        <source>Export the current career page or comparison as a PDF</source>
        <translation>खुले करियर पेज या तुलना का PDF बनाएँ</translation>
    </message>
    <message>
        <source>Larger text / smaller text / normal text size</source>
        <translation>बड़े अक्षर / छोटे अक्षर / सामान्य आकार</translation>
    </message>
    <message>
        <source>Move between controls</source>
        <translation>एक बटन या बॉक्स से दूसरे पर जाएँ</translation>
    </message>
    <message>
        <source>This help</source>
        <translation>यह मदद</translation>
    </message>
    <message>
        <source>Clear the search box; close a dialog</source>
        <translation>खोज बॉक्स खाली करें; खुली विंडो बंद करें</translation>
    </message>
    <message>
        <source>Using Shishya</source>
        <translation>शिष्य कैसे इस्तेमाल करें</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>खोज</translation>
    </message>
    <message>
        <source>Type any name people use for a career in the search box: doctor, CA, vakil, डॉक्टर. Misspellings and Hindi spellings work. You can also type what you want: coding, no maths, after 10th, sarkari naukri.</source>
        <translation>खोज बॉक्स में किसी करियर का कोई भी नाम लिखें जो लोग बोलते हैं: डॉक्टर, doctor, CA, vakil। गलत स्पेलिंग भी चलती है, और हिंदी शब्द अंग्रेज़ी अक्षरों में भी लिख सकते हैं। आप यह भी लिख सकते हैं कि आपको क्या चाहिए: कोडिंग, बिना गणित, 10वीं के बाद, sarkari naukri।</translation>
    </message>
    <message>
        <source>The filters below the box narrow the list: category, stream after 10th, education, fresher pay, sector, subjects in class 11–12, low-cost route and demand. Clear filters puts everything back.</source>
        <translation>बॉक्स के नीचे के फ़िल्टर सूची छोटी करते हैं: श्रेणी, 10वीं के बाद स्ट्रीम, पढ़ाई, शुरुआती सैलरी, क्षेत्र, कक्षा 11–12 के विषय, कम खर्च वाला रास्ता और माँग। “फ़िल्टर हटाएँ” से सब पहले जैसा हो जाता है।</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>तुलना</translation>
    </message>
    <message>
        <source>On a career page press “Add to compare”, or type a name in the Compare tab. Two to four careers are shown side by side. The Compare tab shows how many careers are in it.</source>
        <translation>करियर पेज पर “तुलना में जोड़ें” दबाएँ, या तुलना टैब में नाम लिखें। दो से चार करियर आमने-सामने दिखते हैं। तुलना टैब पर लिखा रहता है कि उसमें कितने करियर हैं।</translation>
    </message>
    <message>
        <source>Print and PDF</source>
        <translation>प्रिंट और PDF</translation>
    </message>
    <message>
        <source>Print… (Ctrl+P) shows a preview of the A4 handout first; print from the preview. Export PDF… saves the same handout as a file in your Documents folder and offers to open that folder.</source>
        <translation>प्रिंट… (Ctrl+P) पहले A4 पन्ने की झलक दिखाता है; झलक से ही प्रिंट करें। “PDF बनाएँ…” वही पन्ना आपके Documents फ़ोल्डर में फ़ाइल के रूप में सेव करता है और वह फ़ोल्डर खोलने का बटन देता है।</translation>
    </message>
    <message>
        <source>What the salary bands mean</source>
        <translation>सैलरी की रेंज का मतलब</translation>
    </message>
    <message>
        <source>Pay is shown in ₹ lakh per year (LPA). 1 lakh is ₹1,00,000, so 6 LPA is about ₹50,000 a month before tax (6,00,000 ÷ 12). Fresher means the first year or two; senior means about 10 or more years of work.</source>
        <translation>सैलरी ₹ लाख प्रति साल (LPA) में दिखाई गई है। 1 लाख यानी ₹1,00,000, तो 6 LPA यानी टैक्स से पहले लगभग ₹50,000 महीना (6,00,000 ÷ 12)। शुरुआती यानी काम के पहले एक-दो साल; सीनियर यानी लगभग 10 या ज़्यादा साल का काम।</translation>
    </message>
    <message>
        <source>The bands are typical ranges, not promises: real pay depends on the city, the employer and the work.</source>
        <translation>ये आम तौर पर मिलने वाली रेंज हैं, वादा नहीं: असली सैलरी शहर, कंपनी और काम पर निर्भर करती है।</translation>
    </message>
    <message>
        <source>Text size and colours</source>
        <translation>अक्षरों का आकार और रंग</translation>
    </message>
    <message>
        <source>View → Text size makes everything larger (Ctrl+=) or smaller (Ctrl+−); Ctrl+0 goes back to normal. View → Colours chooses light, dark or high contrast; “Follow the system” uses what the computer is set to. Both are remembered.</source>
        <translation>देखें → अक्षरों का आकार से सब कुछ बड़ा (Ctrl+=) या छोटा (Ctrl+−) होता है; Ctrl+0 से सामान्य। देखें → रंग से हल्का, गहरा या ज़्यादा कंट्रास्ट चुनें; “कंप्यूटर के हिसाब से” वही रंग लेता है जो कंप्यूटर में सेट है। दोनों याद रखे जाते हैं।</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>कीबोर्ड शॉर्टकट</translation>
    </message>
    <message>
        <source>Fonts (Latin, ₹ and Devanagari)</source>
        <translation>फ़ॉन्ट (अंग्रेज़ी अक्षर, ₹ और देवनागरी)</translation>
    </message>
    <message>
        <source>SIL Open Font License 1.1 (resources/fonts/OFL.txt)</source>
        <translation>SIL Open Font License 1.1 (resources/fonts/OFL.txt)</translation>
    </message>
    <message>
        <source>Window, printing and PDF</source>
        <translation>विंडो, प्रिंट और PDF</translation>
    </message>
    <message>
        <source>GNU LGPL version 3</source>
        <translation>GNU LGPL वर्शन 3</translation>
    </message>
    <message>
        <source>Qt for Python</source>
        <translation>Python के लिए Qt</translation>
    </message>
    <message>
        <source>Programming language and runtime</source>
        <translation>प्रोग्रामिंग भाषा और उसे चलाने वाला सिस्टम</translation>
    </message>
    <message>
        <source>Python Software Foundation License</source>
        <translation>Python Software Foundation License</translation>
    </message>
    <message>
        <source>The content database</source>
        <translation>सामग्री का डेटाबेस</translation>
    </message>
    <message>
        <source>Public domain</source>
        <translation>सार्वजनिक (पब्लिक डोमेन)</translation>
    </message>
    <message>
        <source>Builds the content database (not used by the window)</source>
        <translation>सामग्री का डेटाबेस बनाता है (विंडो इसे इस्तेमाल नहीं करती)</translation>
    </message>
    <message>
        <source>Apache License 2.0</source>
        <translation>Apache License 2.0</translation>
    </message>
    <message>
        <source>Official notices of exam bodies and regulators (NTA, NMC, AICTE, UGC, UPSC, …)</source>
        <translation>परीक्षा लेने वाली और नियम बनाने वाली संस्थाओं की आधिकारिक सूचनाएँ (NTA, NMC, AICTE, UGC, UPSC, …)</translation>
    </message>
    <message>
        <source>Eligibility, exams and routes; each fact names its source on the page</source>
        <translation>योग्यता, परीक्षाएँ और रास्ते; हर तथ्य का स्रोत पेज पर लिखा है</translation>
    </message>
    <message>
        <source>Public government information, cited; not copied</source>
        <translation>सरकारी सार्वजनिक जानकारी, स्रोत के साथ; नकल नहीं</translation>
    </message>
    <message>
        <source>ISCO-08 occupation codes (International Labour Organization)</source>
        <translation>ISCO-08 पेशा कोड (अंतरराष्ट्रीय श्रम संगठन, ILO)</translation>
    </message>
    <message>
        <source>Grouping careers</source>
        <translation>करियर को समूहों में बाँटना</translation>
    </message>
    <message>
        <source>Codes cited as references</source>
        <translation>कोड सिर्फ़ संदर्भ के लिए</translation>
    </message>
    <message>
        <source>Career descriptions, salary bands and quotes</source>
        <translation>करियर की जानकारी, सैलरी रेंज और विचार</translation>
    </message>
    <message>
        <source>Written for Shishya</source>
        <translation>शिष्य के लिए लिखे गए</translation>
    </message>
    <message>
        <source>Part of Shishya; quotes only from well-documented authors</source>
        <translation>शिष्य का हिस्सा; विचार सिर्फ़ उन लेखकों के जिनके बारे में पक्की जानकारी है</translation>
    </message>
    <message>
        <source>What</source>
        <translation>क्या</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>किस काम में</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>लाइसेंस</translation>
    </message>
    <message>
        <source>Credits and licences</source>
        <translation>आभार और लाइसेंस</translation>
    </message>
    <message>
        <source>Shishya %1: an offline career guide for Indian school students.</source>
        <translation>शिष्य %1: भारत के स्कूली छात्रों के लिए बिना इंटरनेट वाली करियर गाइड।</translation>
    </message>
    <message>
        <source>Content %1, released %2: %3 careers and %4 exams.</source>
        <translation>सामग्री %1, %2 को जारी: %3 करियर और %4 परीक्षाएँ।</translation>
    </message>
    <message>
        <source>Qt %1, PySide6 %2, Python %3.</source>
        <translation>Qt %1, PySide6 %2, Python %3।</translation>
    </message>
    <message>
        <source>Works without the internet: it never opens a network connection.</source>
        <translation>बिना इंटरनेट के चलता है: यह कभी नेटवर्क से नहीं जुड़ता।</translation>
    </message>
    <message>
        <source>About Shishya</source>
        <translation>शिष्य के बारे में</translation>
    </message>
    <message>
        <source>Help text</source>
        <translation>मदद की जानकारी</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>मदद</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Shishya — Career Guide</source>
        <translation>शिष्य — करियर गाइड</translation>
    </message>
    <message>
        <source>New student</source>
        <translation>नया छात्र</translation>
    </message>
    <message>
        <source>Start over for the next student (Ctrl+N)</source>
        <translation>अगले छात्र के लिए फिर से शुरू करें (Ctrl+N)</translation>
    </message>
    <message>
        <source>Show Shishya in this language</source>
        <translation>शिष्य को इस भाषा में दिखाएँ</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>भाषा: %1</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>हिस्से</translation>
    </message>
    <message>
        <source>Explore careers</source>
        <translation>करियर देखें</translation>
    </message>
    <message>
        <source>Exams</source>
        <translation>परीक्षाएँ</translation>
    </message>
    <message>
        <source>My careers</source>
        <translation>मेरे करियर</translation>
    </message>
    <message>
        <source>What do I enjoy?</source>
        <translation>मुझे क्या पसंद है?</translation>
    </message>
    <message>
        <source>Shishya</source>
        <translation>शिष्य</translation>
    </message>
    <message>
        <source>Career Guide</source>
        <translation>करियर गाइड</translation>
    </message>
    <message>
        <source>%1 careers · %2 exams · %3 · works offline</source>
        <translation>%1 करियर · %2 परीक्षाएँ · %3 · बिना इंटरनेट चलता है</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>तुलना</translation>
    </message>
    <message>
        <source>Saved to My careers</source>
        <translation>मेरे करियर में सेव हो गया</translation>
    </message>
    <message>
        <source>Removed from My careers</source>
        <translation>मेरे करियर से हटा दिया</translation>
    </message>
    <message>
        <source>Ready for the next student.</source>
        <translation>अगले छात्र के लिए तैयार।</translation>
    </message>
    <message>
        <source>Compare (%1)</source>
        <translation>तुलना (%1)</translation>
    </message>
    <message>
        <source>Open a career page or a comparison to print it.</source>
        <translation>प्रिंट करने के लिए कोई करियर पेज या तुलना खोलें।</translation>
    </message>
    <message>
        <source>Open a career page or a comparison to export it.</source>
        <translation>PDF बनाने के लिए कोई करियर पेज या तुलना खोलें।</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>Follow the system</source>
        <translation>कंप्यूटर के हिसाब से</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>हल्का</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>गहरा</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>ज़्यादा कंट्रास्ट</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>फ़ाइल (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>प्रिंट… (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>PDF बनाएँ… (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बंद करें (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>देखें (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>बड़े अक्षर (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>छोटे अक्षर (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>सामान्य आकार (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>अक्षरों का आकार (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation>रंग (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Language (भाषा)</source>
        <translation>भाषा (Language) (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>जाएँ (&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Explore careers</source>
        <translation>करियर देखें (&amp;E)</translation>
    </message>
    <message>
        <source>E&amp;xams</source>
        <translation>परीक्षाएँ (&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>तुलना (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;My careers</source>
        <translation>मेरे करियर (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;What do I enjoy? (interest quiz)</source>
        <translation>मुझे क्या पसंद है? (रुचि क्विज़) (&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>मदद (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>कीबोर्ड शॉर्टकट (&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Credits and licences</source>
        <translation>आभार और लाइसेंस (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;About Shishya</source>
        <translation>शिष्य के बारे में (&amp;A)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>MyPlan</name>
    <message>
        <source>%1 (%2 years)</source>
        <translation>%1 (%2 साल)</translation>
    </message>
    <message>
        <source>Shortest</source>
        <translation>सबसे छोटा</translation>
    </message>
    <message>
        <source>Low-cost</source>
        <translation>कम खर्च</translation>
    </message>
    <message>
        <source>Career and fresher pay</source>
        <translation>करियर और शुरुआती सैलरी</translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>रास्ते</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>साल</translation>
    </message>
    <message>
        <source>Exams (usual months)</source>
        <translation>परीक्षाएँ (आम तौर पर किस महीने)</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>मेरे नोट</translation>
    </message>
    <message>
        <source>No careers on the shortlist yet.</source>
        <translation>सूची में अभी कोई करियर नहीं है।</translation>
    </message>
    <message>
        <source>My plan</source>
        <translation>मेरा प्लान</translation>
    </message>
    <message>
        <source>The careers I am thinking about, and how to get there.</source>
        <translation>जिन करियर के बारे में मैं सोच रहा/रही हूँ, और वहाँ तक कैसे पहुँचूँ।</translation>
    </message>
    <message>
        <source>Years: of study and training after class 10 on the shortest route. Pay in ₹ lakh per year (LPA) for freshers; real pay depends on city and employer. Exam months change: check the official notice.</source>
        <translation>साल: सबसे छोटे रास्ते पर कक्षा 10 के बाद पढ़ाई और ट्रेनिंग के साल। सैलरी शुरुआती लोगों की, ₹ लाख प्रति साल (LPA) में; असली सैलरी शहर और कंपनी पर निर्भर करती है। परीक्षा के महीने बदलते हैं: आधिकारिक सूचना देखें।</translation>
    </message>
    <message>
        <source>Shishya career guide · My plan · content %1</source>
        <translation>शिष्य करियर गाइड · मेरा प्लान · सामग्री %1</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>1 year</source>
        <translation>1 साल</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 साल</translation>
    </message>
    <message>
        <source>Low-cost route</source>
        <translation>कम खर्च वाला रास्ता</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>लगभग %1</translation>
    </message>
    <message>
        <source>Bars share one scale: ₹0 to %1 LPA</source>
        <translation>सभी पट्टियाँ एक ही पैमाने पर: ₹0 से %1 LPA</translation>
    </message>
    <message>
        <source>None</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>होम</translation>
    </message>
    <message>
        <source>Careers</source>
        <translation>करियर</translation>
    </message>
    <message>
        <source>new-age</source>
        <translation>नए ज़माने का</translation>
    </message>
    <message>
        <source>Stream after 10th</source>
        <translation>10वीं के बाद स्ट्रीम</translation>
    </message>
    <message>
        <source>Minimum education</source>
        <translation>कम से कम पढ़ाई</translation>
    </message>
    <message>
        <source>Fresher pay</source>
        <translation>शुरुआती सैलरी</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>माँग</translation>
    </message>
    <message>
        <source>What they actually do</source>
        <translation>असल में क्या काम करते हैं</translation>
    </message>
    <message>
        <source>A typical day</source>
        <translation>एक आम दिन</translation>
    </message>
    <message>
        <source>Qualifications</source>
        <translation>योग्यता</translation>
    </message>
    <message>
        <source>Skills that matter</source>
        <translation>ज़रूरी हुनर</translation>
    </message>
    <message>
        <source>Government pay</source>
        <translation>सरकारी वेतन</translation>
    </message>
    <message>
        <source>₹ lakh per year (LPA). Wide bands: real pay depends on city, employer and work.</source>
        <translation>₹ लाख प्रति साल (LPA)। रेंज बड़ी है: असली सैलरी शहर, कंपनी और काम पर निर्भर करती है।</translation>
    </message>
    <message>
        <source>Pros</source>
        <translation>फ़ायदे</translation>
    </message>
    <message>
        <source>Cons</source>
        <translation>नुकसान</translation>
    </message>
    <message>
        <source>%1 routes</source>
        <translation>%1 रास्ते</translation>
    </message>
    <message>
        <source>Examples only: informational, not endorsement.</source>
        <translation>सिर्फ़ उदाहरण: जानकारी के लिए, सिफ़ारिश नहीं।</translation>
    </message>
    <message>
        <source>Interest code</source>
        <translation>रुचि कोड</translation>
    </message>
    <message>
        <source>Facts reviewed</source>
        <translation>तथ्य जाँचे गए</translation>
    </message>
    <message>
        <source>How to become one</source>
        <translation>कैसे बनें</translation>
    </message>
    <message>
        <source>Salary by experience</source>
        <translation>अनुभव के हिसाब से सैलरी</translation>
    </message>
    <message>
        <source>Career growth</source>
        <translation>करियर में तरक्की</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>कहाँ नौकरी मिलती है</translation>
    </message>
    <message>
        <source>Honest pros and cons</source>
        <translation>फ़ायदे और नुकसान, सच-सच</translation>
    </message>
    <message>
        <source>Demand outlook</source>
        <translation>आगे माँग कैसी रहेगी</translation>
    </message>
    <message>
        <source>Related careers</source>
        <translation>मिलते-जुलते करियर</translation>
    </message>
    <message>
        <source>Relevant exams</source>
        <translation>इससे जुड़ी परीक्षाएँ</translation>
    </message>
    <message>
        <source>Exams</source>
        <translation>परीक्षाएँ</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>पूरा नाम</translation>
    </message>
    <message>
        <source>Conducted by</source>
        <translation>कौन लेता है</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>स्तर</translation>
    </message>
    <message>
        <source>Usual months</source>
        <translation>आम तौर पर किस महीने</translation>
    </message>
    <message>
        <source>Leads to</source>
        <translation>इससे क्या मिलता है</translation>
    </message>
    <message>
        <source>Dates change every year: check the official notice.</source>
        <translation>तारीखें हर साल बदलती हैं: आधिकारिक सूचना देखें।</translation>
    </message>
    <message>
        <source>Careers that list this exam</source>
        <translation>जिन करियर में यह परीक्षा है</translation>
    </message>
    <message>
        <source>%1 careers and %2 exams · content %3</source>
        <translation>%1 करियर और %2 परीक्षाएँ · सामग्री %3</translation>
    </message>
    <message>
        <source>What do I enjoy? Take the interest quiz</source>
        <translation>मुझे क्या पसंद है? रुचि क्विज़ दें</translation>
    </message>
    <message>
        <source>(18 or 48 activities, 3–7 minutes)</source>
        <translation>(18 या 48 काम, 3–7 मिनट)</translation>
    </message>
    <message>
        <source>Not sure where to start?</source>
        <translation>पता नहीं कहाँ से शुरू करें?</translation>
    </message>
    <message>
        <source>Browse by category</source>
        <translation>श्रेणी के हिसाब से देखें</translation>
    </message>
    <message>
        <source>Details for whoever looks after this computer:</source>
        <translation>इस कंप्यूटर की देखभाल करने वाले के लिए जानकारी:</translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <source>‹ Back</source>
        <translation>‹ पीछे</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>पीछे (Alt+Left)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>पीछे</translation>
    </message>
    <message>
        <source>Forward ›</source>
        <translation>आगे ›</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>आगे (Alt+Right)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>आगे</translation>
    </message>
    <message>
        <source>Save to My careers (Ctrl+D)</source>
        <translation>मेरे करियर में सेव करें (Ctrl+D)</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>प्रिंट…</translation>
    </message>
    <message>
        <source>Print this career page, with a preview (Ctrl+P)</source>
        <translation>यह करियर पेज प्रिंट करें, पहले झलक के साथ (Ctrl+P)</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF बनाएँ…</translation>
    </message>
    <message>
        <source>Save this career page as a PDF (A4)</source>
        <translation>यह करियर पेज PDF (A4) में सेव करें</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>पेज</translation>
    </message>
    <message>
        <source>The chosen career or exam; Tab moves between its links</source>
        <translation>चुना हुआ करियर या परीक्षा; Tab से इसके लिंक के बीच जाएँ</translation>
    </message>
    <message>
        <source>This page cannot be shown</source>
        <translation>यह पेज दिखाया नहीं जा सकता</translation>
    </message>
    <message>
        <source>✓ In Compare</source>
        <translation>✓ तुलना में है</translation>
    </message>
    <message>
        <source>+ Add to compare</source>
        <translation>+ तुलना में जोड़ें</translation>
    </message>
    <message>
        <source>This career is in the Compare tab</source>
        <translation>यह करियर तुलना टैब में है</translation>
    </message>
    <message>
        <source>Put this career in the Compare tab</source>
        <translation>यह करियर तुलना टैब में डालें</translation>
    </message>
    <message>
        <source>★ Saved</source>
        <translation>★ सेव है</translation>
    </message>
    <message>
        <source>☆ Save</source>
        <translation>☆ सेव करें</translation>
    </message>
    <message>
        <source>Remove from My careers</source>
        <translation>मेरे करियर से हटाएँ</translation>
    </message>
    <message>
        <source>Save to My careers</source>
        <translation>मेरे करियर में सेव करें</translation>
    </message>
</context>
<context>
    <name>Print</name>
    <message>
        <source>Export PDF</source>
        <translation>PDF बनाएँ</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF फ़ाइलें (*.pdf)</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>फ़ाइल नहीं बन सकी</translation>
    </message>
    <message>
        <source>PDF saved</source>
        <translation>PDF सेव हो गया</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 सेव हो गया</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>फ़ोल्डर खोलें</translation>
    </message>
    <message>
        <source>Open the folder with the PDF</source>
        <translation>PDF वाला फ़ोल्डर खोलें</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>प्रिंट की झलक: %1</translation>
    </message>
    <message>
        <source>Could not print</source>
        <translation>प्रिंट नहीं हो सका</translation>
    </message>
    <message>
        <source>Shishya career guide · %1 · content %2, facts reviewed %3</source>
        <translation>शिष्य करियर गाइड · %1 · सामग्री %2, तथ्य जाँचे गए %3</translation>
    </message>
    <message>
        <source>Compare: %1</source>
        <translation>तुलना: %1</translation>
    </message>
    <message>
        <source>Shishya career guide · %1 · content %2 (%3)</source>
        <translation>शिष्य करियर गाइड · %1 · सामग्री %2 (%3)</translation>
    </message>
    <message>
        <source>Salaries are ₹ lakh per year (LPA), drawn on one scale for all careers. Real pay depends on city, employer and work.</source>
        <translation>सैलरी ₹ लाख प्रति साल (LPA) में है, सभी करियर के लिए एक ही पैमाने पर। असली सैलरी शहर, कंपनी और काम पर निर्भर करती है।</translation>
    </message>
    <message>
        <source>Compare careers</source>
        <translation>करियर की तुलना</translation>
    </message>
    <message>
        <source>The page could not be laid out for printing.</source>
        <translation>प्रिंट के लिए पेज तैयार नहीं हो सका।</translation>
    </message>
    <message>
        <source>The pages could not be finished.</source>
        <translation>पेज पूरे नहीं बन सके।</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>पेज %1 / %2</translation>
    </message>
    <message>
        <source>The PDF could not be made.</source>
        <translation>PDF नहीं बन सका।</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Alias</source>
        <translation>शॉर्टकट</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>ड्राइव</translation>
    </message>
    <message>
        <source>File</source>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>फ़ोल्डर</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>फ़ोल्डर</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>शॉर्टकट</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>पता नहीं</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>ठीक है</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
फ़ोल्डर नहीं मिला।
कृपया जाँचें कि फ़ोल्डर का नाम सही लिखा है।</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
फ़ाइल नहीं मिली।
कृपया जाँचें कि फ़ाइल का नाम सही लिखा है।</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 पहले से है।
क्या आप इसकी जगह नई फ़ाइल रखना चाहते हैं?</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>चुनें (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>मिटाएँ (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>यहाँ देखें (&amp;L):</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>नया फ़ोल्डर (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>खोलें (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>नाम बदलें (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>सेव करें (&amp;S)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>&apos;%1&apos; बदला नहीं जा सकता (सुरक्षित है)।
क्या फिर भी मिटाना चाहते हैं?</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>क्या आप सच में &apos;%1&apos; मिटाना चाहते हैं?</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>पीछे</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>पूरी जानकारी वाली सूची दिखाएँ</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>सादी सूची दिखाएँ</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>फ़ोल्डर नहीं मिटाया जा सका।</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>नया फ़ोल्डर बनाएँ</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>नया फ़ोल्डर बनाएँ</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>मिटाएँ</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>पूरी जानकारी</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>फ़ोल्डर</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>फ़ोल्डर:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>फ़ाइल का नाम (&amp;N):</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>फ़ाइलें</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>फ़ाइल का प्रकार (&amp;T):</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>फ़ोल्डर खोजें</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>आगे</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>पीछे जाएँ</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>आगे जाएँ</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>ऊपर वाले फ़ोल्डर में जाएँ</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>जगहों और बुकमार्क की सूची</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>सूची</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>नया फ़ोल्डर</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>खोलें</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>ऊपर वाला फ़ोल्डर</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>हाल की जगहें</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>इस नाम से सेव करें</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>दिखाएँ: </translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>छिपी फ़ाइलें दिखाएँ (&amp;H)</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>साइड की पट्टी</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Computer</source>
        <translation>कंप्यूटर</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>बदलने की तारीख</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>मेरा कंप्यूटर</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>साइज़</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>प्रकार</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>रद्द करें (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>बंद करें (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>ठीक है (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>सेव करें (&amp;S)</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>सेव किए बिना बंद करें</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>कॉपी करें (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>पेस्ट करें (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>फिर से करें (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>वापस लें (&amp;U)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>काटें (&amp;T)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>मिटाएँ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>सब चुनें</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Hide Details...</source>
        <translation>जानकारी छिपाएँ...</translation>
    </message>
    <message>
        <source>Show Details...</source>
        <translation>जानकारी दिखाएँ...</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>bottom margin</source>
        <translation>नीचे का हाशिया</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>अपने हिसाब से</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>ऊँचाई:</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation>इंच (in)</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>आड़ा (लैंडस्केप)</translation>
    </message>
    <message>
        <source>left margin</source>
        <translation>बायाँ हाशिया</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>हाशिए</translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translation>मिलीमीटर (mm)</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>पेज की दिशा</translation>
    </message>
    <message>
        <source>Page &amp;order:</source>
        <translation>पेजों का क्रम (&amp;O):</translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translation>पेज का लेआउट</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>पेज का आकार:</translation>
    </message>
    <message>
        <source>Pages &amp;per sheet:</source>
        <translation>एक शीट पर पेज (&amp;P):</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>कागज़</translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translation>कागज़ कहाँ से:</translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translation>पॉइंट (pt)</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>खड़ा (पोर्ट्रेट)</translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translation>उल्टा आड़ा</translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translation>उल्टा खड़ा</translation>
    </message>
    <message>
        <source>right margin</source>
        <translation>दायाँ हाशिया</translation>
    </message>
    <message>
        <source>top margin</source>
        <translation>ऊपर का हाशिया</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>चौड़ाई:</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;No</source>
        <translation>नहीं (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>हाँ (&amp;Y)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>रोकें</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>लागू करें</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>छोड़ दें</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>मदद</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>अनदेखा करें</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>सबके लिए नहीं (&amp;O)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ठीक है</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>खोलें</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>पहले जैसा करें</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>शुरुआती सेटिंग वापस लाएँ</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>फिर से कोशिश करें</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>सेव करें</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>सब सेव करें</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>सबके लिए हाँ (&amp;A)</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>%1 पहले से है।
क्या आप इसकी जगह नई फ़ाइल रखना चाहते हैं?</translation>
    </message>
    <message>
        <source>%1 does not follow the correct syntax. Please use &apos;,&apos; to separate ranges and pages, &apos;-&apos; to define ranges and make sure ranges do not intersect with each other.</source>
        <translation>%1 सही तरीके से नहीं लिखा है। पेज और रेंज अलग करने के लिए &apos;,&apos; और रेंज के लिए &apos;-&apos; लिखें, और ध्यान रखें कि रेंज एक-दूसरे में न मिलें।</translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>%1 एक फ़ोल्डर है।
कृपया फ़ाइल का कोई और नाम चुनें।</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>विकल्प (&amp;O) &lt;&lt;</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>विकल्प (&amp;O) &gt;&gt;</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>प्रिंट करें (&amp;P)</translation>
    </message>
    <message>
        <source>1 (1x1)</source>
        <translation>1 (1x1)</translation>
    </message>
    <message>
        <source>16 (4x4)</source>
        <translation>16 (4x4)</translation>
    </message>
    <message>
        <source>2 (2x1)</source>
        <translation>2 (2x1)</translation>
    </message>
    <message>
        <source>4 (2x2)</source>
        <translation>4 (2x2)</translation>
    </message>
    <message>
        <source>6 (2x3)</source>
        <translation>6 (2x3)</translation>
    </message>
    <message>
        <source>9 (3x3)</source>
        <translation>9 (3x3)</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>सभी पेज</translation>
    </message>
    <message>
        <source>Bottom to Top, Left to Right</source>
        <translation>नीचे से ऊपर, बाएँ से दाएँ</translation>
    </message>
    <message>
        <source>Bottom to Top, Right to Left</source>
        <translation>नीचे से ऊपर, दाएँ से बाएँ</translation>
    </message>
    <message>
        <source>Duplex Settings Conflicts</source>
        <translation>दोनों तरफ़ प्रिंट की सेटिंग आपस में टकरा रही हैं</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation>सम पेज (2, 4, 6…)</translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>फ़ाइल %1 में लिखा नहीं जा सकता।
कृपया फ़ाइल का कोई और नाम चुनें।</translation>
    </message>
    <message>
        <source>Invalid Pages Definition</source>
        <translation>पेज ठीक से नहीं लिखे गए</translation>
    </message>
    <message>
        <source>Left to Right, Bottom to Top</source>
        <translation>बाएँ से दाएँ, नीचे से ऊपर</translation>
    </message>
    <message>
        <source>Left to Right, Top to Bottom</source>
        <translation>बाएँ से दाएँ, ऊपर से नीचे</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>इसी कंप्यूटर पर फ़ाइल</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>विषम पेज (1, 3, 5…)</translation>
    </message>
    <message>
        <source>Options &apos;Pages Per Sheet&apos; and &apos;Page Set&apos; cannot be used together.
Please turn one of those options off.</source>
        <translation>&apos;एक शीट पर पेज&apos; और &apos;पेज सेट&apos; एक साथ नहीं चल सकते।
कृपया इनमें से एक बंद करें।</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>प्रिंट</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>फ़ाइल में प्रिंट करें (PDF)</translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translation>फ़ाइल में प्रिंट करें ...</translation>
    </message>
    <message>
        <source>Right to Left, Bottom to Top</source>
        <translation>दाएँ से बाएँ, नीचे से ऊपर</translation>
    </message>
    <message>
        <source>Right to Left, Top to Bottom</source>
        <translation>दाएँ से बाएँ, ऊपर से नीचे</translation>
    </message>
    <message>
        <source>The &apos;From&apos; value cannot be greater than the &apos;To&apos; value.</source>
        <translation>पहला पेज नंबर दूसरे पेज नंबर से बड़ा नहीं हो सकता।</translation>
    </message>
    <message>
        <source>There are conflicts in duplex settings. Do you want to fix them?</source>
        <translation>दोनों तरफ़ प्रिंट की सेटिंग आपस में टकरा रही हैं। क्या आप इन्हें ठीक करना चाहते हैं?</translation>
    </message>
    <message>
        <source>Top to Bottom, Left to Right</source>
        <translation>ऊपर से नीचे, बाएँ से दाएँ</translation>
    </message>
    <message>
        <source>Top to Bottom, Right to Left</source>
        <translation>ऊपर से नीचे, दाएँ से बाएँ</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>PDF फ़ाइल में प्रिंट</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>PDF बनाएँ</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>पहला पेज</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>पूरा पेज दिखाएँ</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>पूरी चौड़ाई दिखाएँ</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>आड़ा (लैंडस्केप)</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>आखिरी पेज</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>अगला पेज</translation>
    </message>
    <message>
        <source>Page Setup</source>
        <translation>पेज सेटअप</translation>
    </message>
    <message>
        <source>Page setup</source>
        <translation>पेज सेटअप</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>खड़ा (पोर्ट्रेट)</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>पिछला पेज</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>प्रिंट करें</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>प्रिंट की झलक</translation>
    </message>
    <message>
        <source>Show facing pages</source>
        <translation>आमने-सामने के पेज दिखाएँ</translation>
    </message>
    <message>
        <source>Show overview of all pages</source>
        <translation>सभी पेज एक साथ दिखाएँ</translation>
    </message>
    <message>
        <source>Show single page</source>
        <translation>एक पेज दिखाएँ</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>बड़ा करें</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>छोटा करें</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Collate</source>
        <translation>कॉपी क्रम से लगाएँ</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>रंगीन</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>रंग</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>कॉपी</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>कॉपी:</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>यही पेज</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>दोनों तरफ़ प्रिंट</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>ब्लैक एंड व्हाइट</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>लंबी तरफ़ से पलटें</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>बंद</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>विकल्प</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>प्रिंट की सेटिंग</translation>
    </message>
    <message>
        <source>Page &amp;Set:</source>
        <translation>पेज सेट (&amp;S):</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>पेज नंबर</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>पेज</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>सब प्रिंट करें</translation>
    </message>
    <message>
        <source>Print range</source>
        <translation>कौन से पेज</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>उल्टे क्रम में</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>चुना हुआ हिस्सा</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>छोटी तरफ़ से पलटें</translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>पेज या रेंज कॉमा से अलग करके लिखें। रेंज दो नंबर के बीच हाइफ़न लगाकर लिखें। जैसे: 3,5-7,9 लिखने पर पेज 3, 5, 6, 7 और 9 प्रिंट होंगे।</translation>
    </message>
    <message>
        <source>to</source>
        <translation>से</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>&amp;Name:</source>
        <translation>नाम (&amp;N):</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>जगह:</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>फ़ाइल (&amp;F):</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>सेटिंग (&amp;R)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>झलक</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>प्रिंटर</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>प्रकार:</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <source>Bottom</source>
        <translation>सबसे नीचे</translation>
    </message>
    <message>
        <source>Left edge</source>
        <translation>बाएँ किनारे पर</translation>
    </message>
    <message>
        <source>Page down</source>
        <translation>एक पेज नीचे</translation>
    </message>
    <message>
        <source>Page left</source>
        <translation>एक पेज बाएँ</translation>
    </message>
    <message>
        <source>Page right</source>
        <translation>एक पेज दाएँ</translation>
    </message>
    <message>
        <source>Page up</source>
        <translation>एक पेज ऊपर</translation>
    </message>
    <message>
        <source>Right edge</source>
        <translation>दाएँ किनारे पर</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>नीचे खिसकाएँ</translation>
    </message>
    <message>
        <source>Scroll here</source>
        <translation>यहाँ तक खिसकाएँ</translation>
    </message>
    <message>
        <source>Scroll left</source>
        <translation>बाएँ खिसकाएँ</translation>
    </message>
    <message>
        <source>Scroll right</source>
        <translation>दाएँ खिसकाएँ</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation>ऊपर खिसकाएँ</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>सबसे ऊपर</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>कॉपी करें (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>पेस्ट करें (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>फिर से करें (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>वापस लें (&amp;U)</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>लिंक का पता कॉपी करें (&amp;L)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>काटें (&amp;T)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>मिटाएँ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>सब चुनें</translation>
    </message>
</context>
<context>
    <name>Quiz</name>
    <message>
        <source> and </source>
        <translation> और </translation>
    </message>
    <message>
        <source>This work is mostly %1.</source>
        <translation>इस काम में ज़्यादातर %1 होता है।</translation>
    </message>
    <message>
        <source>You liked %1; this work is mostly %2.</source>
        <translation>आपको %1 पसंद आया; इस काम में ज़्यादातर %2 होता है।</translation>
    </message>
    <message>
        <source>hands-on work</source>
        <translation>हाथ से काम करना</translation>
    </message>
    <message>
        <source>finding out how and why</source>
        <translation>कैसे और क्यों की खोजबीन करना</translation>
    </message>
    <message>
        <source>making and creating</source>
        <translation>कुछ नया बनाना और डिज़ाइन करना</translation>
    </message>
    <message>
        <source>helping people</source>
        <translation>लोगों की मदद करना</translation>
    </message>
    <message>
        <source>leading and persuading</source>
        <translation>अगुवाई करना और दूसरों को मनाना</translation>
    </message>
    <message>
        <source>keeping things in order</source>
        <translation>चीज़ों को ठीक से व्यवस्थित रखना</translation>
    </message>
    <message>
        <source>Realistic: you enjoy doing practical things with your hands, tools, machines or nature.</source>
        <translation>व्यावहारिक (R): आपको हाथों से, औज़ारों, मशीनों या प्रकृति के साथ असली काम करना अच्छा लगता है।</translation>
    </message>
    <message>
        <source>Investigative: you enjoy finding out how things work and why things happen.</source>
        <translation>खोजी (I): आपको यह पता लगाना अच्छा लगता है कि चीज़ें कैसे काम करती हैं और बातें क्यों होती हैं।</translation>
    </message>
    <message>
        <source>Artistic: you enjoy making, designing and expressing ideas in your own way.</source>
        <translation>कलात्मक (A): आपको अपने तरीके से चीज़ें बनाना, डिज़ाइन करना और अपने विचार दिखाना अच्छा लगता है।</translation>
    </message>
    <message>
        <source>Social: you enjoy helping, teaching and looking after people.</source>
        <translation>सामाजिक (S): आपको लोगों की मदद करना, उन्हें सिखाना और उनका ध्यान रखना अच्छा लगता है।</translation>
    </message>
    <message>
        <source>Enterprising: you enjoy leading, persuading and starting things.</source>
        <translation>उद्यमी (E): आपको अगुवाई करना, दूसरों को मनाना और नए काम शुरू करना अच्छा लगता है।</translation>
    </message>
    <message>
        <source>Conventional: you enjoy keeping things neat, exact and well organised.</source>
        <translation>व्यवस्थित (C): आपको चीज़ों को साफ़-सुथरा, सही-सही और अच्छी तरह व्यवस्थित रखना अच्छा लगता है।</translation>
    </message>
    <message>
        <source>Realistic</source>
        <translation>व्यावहारिक</translation>
    </message>
    <message>
        <source>Investigative</source>
        <translation>खोजी</translation>
    </message>
    <message>
        <source>Artistic</source>
        <translation>कलात्मक</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>सामाजिक</translation>
    </message>
    <message>
        <source>Enterprising</source>
        <translation>उद्यमी</translation>
    </message>
    <message>
        <source>Conventional</source>
        <translation>व्यवस्थित</translation>
    </message>
    <message>
        <source>What do I enjoy? My result</source>
        <translation>मुझे क्या पसंद है? मेरा नतीजा</translation>
    </message>
    <message>
        <source>My code: %1</source>
        <translation>मेरा कोड: %1</translation>
    </message>
    <message>
        <source>Strong fit</source>
        <translation>बहुत मेल खाते हैं</translation>
    </message>
    <message>
        <source>Also worth a look</source>
        <translation>ये भी देखने लायक</translation>
    </message>
    <message>
        <source>Shishya career guide · interest quiz · content %1</source>
        <translation>शिष्य करियर गाइड · रुचि क्विज़ · सामग्री %1</translation>
    </message>
    <message>
        <source>What do I enjoy - my result</source>
        <translation>मुझे क्या पसंद है - मेरा नतीजा</translation>
    </message>
</context>
<context>
    <name>QuizView</name>
    <message>
        <source>This shows what you enjoy, not what you are able to do. It is not a test: there are no right or wrong answers, and you cannot pass or fail. Interests change as you grow, so take it again later. Talk your result over with a teacher or a counsellor.</source>
        <translation>यह बताता है कि आपको क्या अच्छा लगता है, यह नहीं कि आप क्या कर सकते हैं। यह परीक्षा नहीं है: कोई जवाब सही या गलत नहीं है, और इसमें कोई पास या फ़ेल नहीं होता। बड़े होने के साथ पसंद बदलती है, इसलिए बाद में फिर से दें। अपने नतीजे के बारे में किसी टीचर या काउंसलर से बात करें।</translation>
    </message>
    <message>
        <source>Your answers are much the same for every kind of work, so a ranking of careers would not mean much. That is fine: many people are like this. Try browsing the categories in Explore careers, or talk to a teacher or counsellor about what you enjoy.</source>
        <translation>हर तरह के काम के लिए आपके जवाब लगभग एक जैसे हैं, इसलिए करियर का क्रम बनाने का ज़्यादा मतलब नहीं होगा। यह ठीक है: बहुत से लोग ऐसे होते हैं। “करियर देखें” में श्रेणियाँ देखें, या किसी टीचर या काउंसलर से बात करें कि आपको क्या अच्छा लगता है।</translation>
    </message>
    <message>
        <source>What do I enjoy?</source>
        <translation>मुझे क्या पसंद है?</translation>
    </message>
    <message>
        <source>You will see everyday activities, one at a time. For each, say how much you would like doing it. Then you see which kinds of work you enjoy most, and careers that are mostly that kind of work.</source>
        <translation>आपको रोज़ के काम एक-एक करके दिखेंगे। हर काम के लिए बताएँ कि आपको उसे करना कितना अच्छा लगेगा। फिर आप देखेंगे कि आपको किस तरह का काम सबसे ज़्यादा पसंद है, और कौन से करियर ज़्यादातर उसी तरह के काम के हैं।</translation>
    </message>
    <message numerus="yes">
        <source>Short quiz: %n activities, about 3 minutes</source>
        <translation>
            <numerusform>छोटा क्विज़: %n काम, लगभग 3 मिनट</numerusform>
            <numerusform>छोटा क्विज़: %n काम, लगभग 3 मिनट</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Full quiz: %n activities, about 7 minutes</source>
        <translation>
            <numerusform>पूरा क्विज़: %n काम, लगभग 7 मिनट</numerusform>
            <numerusform>पूरा क्विज़: %n काम, लगभग 7 मिनट</numerusform>
        </translation>
    </message>
    <message>
        <source>The quiz is not available in this content.</source>
        <translation>इस सामग्री में क्विज़ नहीं है।</translation>
    </message>
    <message>
        <source>How much would you like doing this?</source>
        <translation>यह करना आपको कितना अच्छा लगेगा?</translation>
    </message>
    <message>
        <source>1  Strongly dislike</source>
        <translation>1  बिल्कुल पसंद नहीं</translation>
    </message>
    <message>
        <source>2  Dislike</source>
        <translation>2  पसंद नहीं</translation>
    </message>
    <message>
        <source>3  Not sure / neither</source>
        <translation>3  पक्का नहीं / बीच का</translation>
    </message>
    <message>
        <source>4  Like</source>
        <translation>4  पसंद है</translation>
    </message>
    <message>
        <source>5  Strongly like</source>
        <translation>5  बहुत पसंद है</translation>
    </message>
    <message>
        <source>Keys: 1–5 answer and go on · arrows move · Enter next · Backspace back</source>
        <translation>कीबोर्ड: 1–5 से जवाब देकर आगे · तीर से ऊपर-नीचे · Enter से अगला · Backspace से पिछला</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>पीछे</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>अगला</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>फिर से शुरू करें</translation>
    </message>
    <message>
        <source>What you enjoy</source>
        <translation>आपको क्या पसंद है</translation>
    </message>
    <message>
        <source>How far you plan to study</source>
        <translation>आप कहाँ तक पढ़ना चाहते हैं</translation>
    </message>
    <message>
        <source>Any level of study</source>
        <translation>कोई भी पढ़ाई</translation>
    </message>
    <message>
        <source>Up to: %1</source>
        <translation>%1 तक</translation>
    </message>
    <message>
        <source>Your stream</source>
        <translation>आपकी स्ट्रीम</translation>
    </message>
    <message>
        <source>Any stream</source>
        <translation>कोई भी स्ट्रीम</translation>
    </message>
    <message>
        <source>Show careers I can reach:</source>
        <translation>वे करियर दिखाएँ जहाँ मैं पहुँच सकूँ:</translation>
    </message>
    <message>
        <source>Strong fit</source>
        <translation>बहुत मेल खाते हैं</translation>
    </message>
    <message>
        <source>Also worth a look</source>
        <translation>ये भी देखने लायक</translation>
    </message>
    <message>
        <source>Open career</source>
        <translation>करियर खोलें</translation>
    </message>
    <message>
        <source>Add to compare</source>
        <translation>तुलना में जोड़ें</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>प्रिंट…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF बनाएँ…</translation>
    </message>
    <message>
        <source>Take the quiz again</source>
        <translation>क्विज़ फिर से दें</translation>
    </message>
    <message>
        <source>Browse categories</source>
        <translation>श्रेणियाँ देखें</translation>
    </message>
    <message>
        <source>Activity %1 of %2</source>
        <translation>काम %1 / %2</translation>
    </message>
    <message>
        <source>See my result</source>
        <translation>मेरा नतीजा देखें</translation>
    </message>
    <message>
        <source>Your code: %1</source>
        <translation>आपका कोड: %1</translation>
    </message>
    <message>
        <source>No career in the list fits these choices well. Try another level or stream.</source>
        <translation>आपकी चुनी पढ़ाई और स्ट्रीम से सूची का कोई करियर ठीक से मेल नहीं खाता। कोई और पढ़ाई या स्ट्रीम चुनकर देखें।</translation>
    </message>
</context>
<context>
    <name>SearchNotice</name>
    <message>
        <source>Search for this</source>
        <translation>यह खोजें</translation>
    </message>
    <message>
        <source>Search for exactly what you typed</source>
        <translation>ठीक वही खोजें जो आपने लिखा</translation>
    </message>
    <message>
        <source>No career has all of these words; these have some of them.</source>
        <translation>किसी करियर में ये सारे शब्द नहीं हैं; इनमें कुछ शब्द हैं।</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>वापस लें</translation>
    </message>
    <message>
        <source>Search these words as plain words</source>
        <translation>इन्हें सिर्फ़ शब्दों की तरह खोजें</translation>
    </message>
    <message>
        <source>Showing results for</source>
        <translation>इसके नतीजे दिख रहे हैं:</translation>
    </message>
    <message>
        <source>— search for</source>
        <translation>— इसकी जगह</translation>
    </message>
    <message>
        <source>instead</source>
        <translation>खोजें</translation>
    </message>
    <message>
        <source>Applied: %1</source>
        <translation>लगाया गया: %1</translation>
    </message>
    <message>
        <source>“%1” → %2</source>
        <translation>“%1” → %2</translation>
    </message>
    <message>
        <source>%1 exam page →</source>
        <translation>%1 परीक्षा का पेज →</translation>
    </message>
</context>
<context>
    <name>ShortlistView</name>
    <message>
        <source>My careers</source>
        <translation>मेरे करियर</translation>
    </message>
    <message>
        <source>No careers saved yet. Press ☆ Save on a career page, or Ctrl+D on a career in the list.</source>
        <translation>अभी कोई करियर सेव नहीं है। करियर पेज पर ☆ सेव करें दबाएँ, या सूची में किसी करियर पर Ctrl+D दबाएँ।</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>ऊपर करें</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>नीचे करें</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Open page</source>
        <translation>पेज खोलें</translation>
    </message>
    <message>
        <source>Compare selected</source>
        <translation>चुने हुए करियर की तुलना</translation>
    </message>
    <message>
        <source>Select two to four careers (Ctrl+click)</source>
        <translation>दो से चार करियर चुनें (Ctrl+क्लिक)</translation>
    </message>
    <message>
        <source>Print My plan…</source>
        <translation>मेरा प्लान प्रिंट करें…</translation>
    </message>
    <message>
        <source>My plan PDF…</source>
        <translation>मेरा प्लान PDF…</translation>
    </message>
    <message>
        <source>Export list…</source>
        <translation>सूची फ़ाइल में सेव करें…</translation>
    </message>
    <message>
        <source>Import list…</source>
        <translation>फ़ाइल से सूची लाएँ…</translation>
    </message>
    <message>
        <source>Your note, e.g. ask uncle about NDA</source>
        <translation>आपका नोट, जैसे: चाचा से NDA के बारे में पूछना</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>नोट</translation>
    </message>
    <message>
        <source>Note for %1</source>
        <translation>%1 के लिए नोट</translation>
    </message>
    <message>
        <source>This is a shared computer: your list is forgotten when the next student starts. Print it or export it to your USB stick.</source>
        <translation>यह सबका कंप्यूटर है: अगला छात्र शुरू करते ही आपकी सूची मिट जाएगी। इसे प्रिंट कर लें या अपनी USB स्टिक में सेव कर लें।</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>तुलना</translation>
    </message>
    <message>
        <source>Select two to four careers to compare (Ctrl+click to select more).</source>
        <translation>तुलना के लिए दो से चार करियर चुनें (ज़्यादा चुनने के लिए Ctrl+क्लिक)।</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 सेव हो गया</translation>
    </message>
    <message>
        <source>Export My careers</source>
        <translation>मेरे करियर फ़ाइल में सेव करें</translation>
    </message>
    <message>
        <source>My careers files (*.shishya)</source>
        <translation>मेरे करियर की फ़ाइलें (*.shishya)</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>फ़ाइल नहीं बन सकी</translation>
    </message>
    <message>
        <source>Import My careers</source>
        <translation>फ़ाइल से मेरे करियर लाएँ</translation>
    </message>
    <message>
        <source>Could not import</source>
        <translation>फ़ाइल से नहीं ला सके</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>फ़ाइल पढ़ी नहीं जा सकी।</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n careers</source>
        <translation>
            <numerusform>%n करियर लाया गया</numerusform>
            <numerusform>%n करियर लाए गए</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StillThereDialog</name>
    <message>
        <source>Still there?</source>
        <translation>क्या आप अभी भी यहाँ हैं?</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation>मैं यहीं हूँ</translation>
    </message>
    <message>
        <source>New student now</source>
        <translation>अभी नया छात्र</translation>
    </message>
    <message numerus="yes">
        <source>Nobody has used Shishya for a while. In %n seconds it will start over for the next student, and forget this student&apos;s searches and list.</source>
        <translation>
            <numerusform>कुछ देर से किसी ने शिष्य इस्तेमाल नहीं किया। %n सेकंड में यह अगले छात्र के लिए फिर से शुरू होगा, और इस छात्र की खोज और सूची भूल जाएगा।</numerusform>
            <numerusform>कुछ देर से किसी ने शिष्य इस्तेमाल नहीं किया। %n सेकंड में यह अगले छात्र के लिए फिर से शुरू होगा, और इस छात्र की खोज और सूची भूल जाएगा।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vocab</name>
    <message>
        <source>Science (PCM)</source>
        <translation>साइंस (PCM)</translation>
    </message>
    <message>
        <source>Science (PCB)</source>
        <translation>साइंस (PCB)</translation>
    </message>
    <message>
        <source>Commerce</source>
        <translation>कॉमर्स</translation>
    </message>
    <message>
        <source>Arts / Humanities</source>
        <translation>आर्ट्स / ह्यूमैनिटीज़</translation>
    </message>
    <message>
        <source>Vocational / ITI</source>
        <translation>वोकेशनल / ITI</translation>
    </message>
    <message>
        <source>Any stream</source>
        <translation>कोई भी स्ट्रीम</translation>
    </message>
    <message>
        <source>No formal minimum</source>
        <translation>कोई तय न्यूनतम पढ़ाई नहीं</translation>
    </message>
    <message>
        <source>Class 10</source>
        <translation>कक्षा 10</translation>
    </message>
    <message>
        <source>ITI certificate</source>
        <translation>ITI सर्टिफ़िकेट</translation>
    </message>
    <message>
        <source>Class 12</source>
        <translation>कक्षा 12</translation>
    </message>
    <message>
        <source>Diploma</source>
        <translation>डिप्लोमा</translation>
    </message>
    <message>
        <source>Bachelor&apos;s degree</source>
        <translation>ग्रेजुएशन (बैचलर डिग्री)</translation>
    </message>
    <message>
        <source>Master&apos;s degree</source>
        <translation>पोस्ट-ग्रेजुएशन (मास्टर डिग्री)</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>बहुत ज़्यादा</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>ज़्यादा</translation>
    </message>
    <message>
        <source>Steady</source>
        <translation>स्थिर</translation>
    </message>
    <message>
        <source>Limited</source>
        <translation>कम</translation>
    </message>
    <message>
        <source>Shrinking</source>
        <translation>घट रही</translation>
    </message>
    <message>
        <source>While at school</source>
        <translation>स्कूल में रहते हुए</translation>
    </message>
    <message>
        <source>After class 10</source>
        <translation>कक्षा 10 के बाद</translation>
    </message>
    <message>
        <source>After class 12</source>
        <translation>कक्षा 12 के बाद</translation>
    </message>
    <message>
        <source>After graduation</source>
        <translation>ग्रेजुएशन के बाद</translation>
    </message>
    <message>
        <source>Professional / after a professional degree</source>
        <translation>प्रोफ़ेशनल / प्रोफ़ेशनल डिग्री के बाद</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>सरकारी</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>प्राइवेट</translation>
    </message>
    <message>
        <source>Self-employed</source>
        <translation>अपना काम</translation>
    </message>
    <message>
        <source>Maths</source>
        <translation>मैथ्स</translation>
    </message>
    <message>
        <source>Physics</source>
        <translation>फ़िज़िक्स</translation>
    </message>
    <message>
        <source>Chemistry</source>
        <translation>केमिस्ट्री</translation>
    </message>
    <message>
        <source>Biology</source>
        <translation>बायोलॉजी</translation>
    </message>
    <message>
        <source>Fresher</source>
        <translation>शुरुआती</translation>
    </message>
    <message>
        <source>2–5 years</source>
        <translation>2–5 साल</translation>
    </message>
    <message>
        <source>Senior</source>
        <translation>सीनियर</translation>
    </message>
    <message>
        <source>Needs Maths</source>
        <translation>मैथ्स ज़रूरी</translation>
    </message>
    <message>
        <source>Needs Biology</source>
        <translation>बायोलॉजी ज़रूरी</translation>
    </message>
    <message>
        <source>No Maths needed</source>
        <translation>मैथ्स ज़रूरी नहीं</translation>
    </message>
</context>
</TS>

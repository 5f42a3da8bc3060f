<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>Shishya cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shishya&apos;s settings for this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer&apos;s Shishya settings file has a mistake; ask the lab admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shishya could not open its window. Reinstall Shishya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shishya could not finish that. The rest of the app still works.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Careers</name>
    <message>
        <source>fresher ₹%1–%2 LPA</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>%1 (shared by all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (about %2 years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the job is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream after 10th</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortest path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years of study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entrance exams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salary (₹ LPA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth ladder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demand outlook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related careers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to open an exam</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Compare careers side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a career: type a name, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a career to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching careers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two to four careers to see them side by side: pay, study, exams, pros and cons.

Type a name above, or press “+ Add to compare” on any career page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This comparison cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can compare up to %1 careers. Remove one to add another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 to Compare (%2 of %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in Compare (%2 of %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No career matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContentUpdate</name>
    <message>
        <source>content %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for all users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update installed %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundled: the installed update could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update content from file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore previous content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update content from file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shishya content packs (*.shpack)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content not updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content %1 of %2 is installed. Shishya now shows it. “Restore previous content” in the Content menu undoes this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the content that came with Shishya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous content restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shishya now shows %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content %1 of %2: %3 careers, %4 exams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An update installed on %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened from a file given at start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content that came with Shishya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An installed update could not be opened, so Shishya uses this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExamsView</name>
    <message>
        <source>Entrance and licensing exams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an exam to see who conducts it, when, what it leads to, and the careers that need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search exams: NEET, JEE, CLAT, UPSC…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search exams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exams</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n exams</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No exam matches “%1”.

Try an exam&apos;s short name (NEET, JEE, CLAT, CUET), what it is for (medical, law, design, army, bank), or a career (doctor, pilot).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exam page →</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExitDialog</name>
    <message>
        <source>Close Shishya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counsellor&apos;s PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counsellor&apos;s PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExploreView</name>
    <message>
        <source>Find a career</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a few letters of any career name, or use the filters. Click a career to read its page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search careers: doctor, CA, pilot, coder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search careers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream after 10th</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start after: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any fresher pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fresher pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fresher pay ₹%1+ LPA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fresher pay ₹%1–%2 LPA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any subjects in 11–12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subjects in class 11–12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low-cost route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only careers with a low-cost way in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demand: %1 or better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort careers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort: best match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort: A–Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort: fresher pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort: senior pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort: demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets every filter back to “any”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Careers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter opens a career; Ctrl+Enter or right-click adds it to Compare; Ctrl+D saves it to My careers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clears the search box and every filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n careers</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Search failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search could not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No career matches “%1”.

Try a career&apos;s name (doctor, electrician, CA), an exam (NEET, CLAT), or what you like or need: coding, drawing, animals, government job, no maths, after 10th.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No career matches these choices.
Clear some filters to see more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearest careers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearest exams:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exam page →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from My careers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to My careers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Go to the search box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore careers / Exams / Compare / My careers / What do I enjoy? (quiz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the career to My careers, or remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move from the search box into the list; open the chosen career</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the chosen career to Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back / forward between pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the current career page or comparison (with a preview)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the current career page or comparison as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger text / smaller text / normal text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move between controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search box; close a dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using Shishya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type any name people use for a career in the search box: doctor, CA, vakil, डॉक्टर. Misspellings and Hindi spellings work. You can also type what you want: coding, no maths, after 10th, sarkari naukri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filters below the box narrow the list: category, stream after 10th, education, fresher pay, sector, subjects in class 11–12, low-cost route and demand. Clear filters puts everything back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a career page press “Add to compare”, or type a name in the Compare tab. Two to four careers are shown side by side. The Compare tab shows how many careers are in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print and PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print… (Ctrl+P) shows a preview of the A4 handout first; print from the preview. Export PDF… saves the same handout as a file in your Documents folder and offers to open that folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the salary bands mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay is shown in ₹ lakh per year (LPA). 1 lakh is ₹1,00,000, so 6 LPA is about ₹50,000 a month before tax (6,00,000 ÷ 12). Fresher means the first year or two; senior means about 10 or more years of work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bands are typical ranges, not promises: real pay depends on the city, the employer and the work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size and colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View → Text size makes everything larger (Ctrl+=) or smaller (Ctrl+−); Ctrl+0 goes back to normal. View → Colours chooses light, dark or high contrast; “Follow the system” uses what the computer is set to. Both are remembered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fonts (Latin, ₹ and Devanagari)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIL Open Font License 1.1 (resources/fonts/OFL.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window, printing and PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GNU LGPL version 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt for Python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programming language and runtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python Software Foundation License</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Builds the content database (not used by the window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apache License 2.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official notices of exam bodies and regulators (NTA, NMC, AICTE, UGC, UPSC, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligibility, exams and routes; each fact names its source on the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public government information, cited; not copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISCO-08 occupation codes (International Labour Organization)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grouping careers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes cited as references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Career descriptions, salary bands and quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written for Shishya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of Shishya; quotes only from well-documented authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits and licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shishya %1: an offline career guide for Indian school students.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content %1, released %2: %3 careers and %4 exams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt %1, PySide6 %2, Python %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works without the internet: it never opens a network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Shishya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Shishya — Career Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start over for the next student (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Shishya in this language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore careers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My careers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do I enjoy?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shishya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Career Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 careers · %2 exams · %3 · works offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to My careers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed from My careers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for the next student.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a career page or a comparison to print it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a career page or a comparison to export it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language (भाषा)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Explore careers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;My careers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What do I enjoy? (interest quiz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Credits and licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Shishya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyPlan</name>
    <message>
        <source>%1 (%2 years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low-cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Career and fresher pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exams (usual months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No careers on the shortlist yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The careers I am thinking about, and how to get there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years: of study and training after class 10 on the shortest route. Pay in ₹ lakh per year (LPA) for freshers; real pay depends on city and employer. Exam months change: check the official notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shishya career guide · My plan · content %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low-cost route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bars share one scale: ₹0 to %1 LPA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Careers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new-age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream after 10th</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fresher pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they actually do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A typical day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills that matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>₹ lakh per year (LPA). Wide bands: real pay depends on city, employer and work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples only: informational, not endorsement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to become one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salary by experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Career growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Honest pros and cons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demand outlook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related careers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relevant exams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conducted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usual months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates change every year: check the official notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Careers that list this exam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 careers and %2 exams · content %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do I enjoy? Take the interest quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(18 or 48 activities, 3–7 minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sure where to start?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details for whoever looks after this computer:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <source>‹ Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward ›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to My careers (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print this career page, with a preview (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this career page as a PDF (A4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen career or exam; Tab moves between its links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page cannot be shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ In Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Add to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This career is in the Compare tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put this career in the Compare tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>☆ Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from My careers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to My careers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Print</name>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder with the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shishya career guide · %1 · content %2, facts reviewed %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shishya career guide · %1 · content %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salaries are ₹ lakh per year (LPA), drawn on one scale for all careers. Real pay depends on city, employer and work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare careers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page could not be laid out for printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pages could not be finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Hide Details...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Details...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>bottom margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page &amp;order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages &amp;per sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>top margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not follow the correct syntax. Please use &apos;,&apos; to separate ranges and pages, &apos;-&apos; to define ranges and make sure ranges do not intersect with each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 (1x1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>16 (4x4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 (2x1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 (2x2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 (2x3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>9 (3x3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bottom to Top, Left to Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bottom to Top, Right to Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplex Settings Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid Pages Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left to Right, Bottom to Top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left to Right, Top to Bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options &apos;Pages Per Sheet&apos; and &apos;Page Set&apos; cannot be used together.
Please turn one of those options off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right to Left, Bottom to Top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right to Left, Top to Bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &apos;From&apos; value cannot be greater than the &apos;To&apos; value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are conflicts in duplex settings. Do you want to fix them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top to Bottom, Left to Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top to Bottom, Right to Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page Setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show facing pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show overview of all pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show single page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Collate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Color</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page &amp;Set:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <source>Bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quiz</name>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This work is mostly %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You liked %1; this work is mostly %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hands-on work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding out how and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>making and creating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helping people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leading and persuading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keeping things in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realistic: you enjoy doing practical things with your hands, tools, machines or nature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigative: you enjoy finding out how things work and why things happen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artistic: you enjoy making, designing and expressing ideas in your own way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social: you enjoy helping, teaching and looking after people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprising: you enjoy leading, persuading and starting things.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conventional: you enjoy keeping things neat, exact and well organised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realistic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artistic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conventional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do I enjoy? My result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also worth a look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shishya career guide · interest quiz · content %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do I enjoy - my result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuizView</name>
    <message>
        <source>This shows what you enjoy, not what you are able to do. It is not a test: there are no right or wrong answers, and you cannot pass or fail. Interests change as you grow, so take it again later. Talk your result over with a teacher or a counsellor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers are much the same for every kind of work, so a ranking of careers would not mean much. That is fine: many people are like this. Try browsing the categories in Explore careers, or talk to a teacher or counsellor about what you enjoy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do I enjoy?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You will see everyday activities, one at a time. For each, say how much you would like doing it. Then you see which kinds of work you enjoy most, and careers that are mostly that kind of work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Short quiz: %n activities, about 3 minutes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Full quiz: %n activities, about 7 minutes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The quiz is not available in this content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much would you like doing this?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1  Strongly dislike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2  Dislike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3  Not sure / neither</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4  Like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5  Strongly like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys: 1–5 answer and go on · arrows move · Enter next · Backspace back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you enjoy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far you plan to study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any level of study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show careers I can reach:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also worth a look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open career</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the quiz again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See my result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No career in the list fits these choices well. Try another level or stream.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchNotice</name>
    <message>
        <source>Search for this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for exactly what you typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No career has all of these words; these have some of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search these words as plain words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing results for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— search for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exam page →</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortlistView</name>
    <message>
        <source>My careers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No careers saved yet. Press ☆ Save on a career page, or Ctrl+D on a career in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select two to four careers (Ctrl+click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print My plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My plan PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note, e.g. ask uncle about NDA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a shared computer: your list is forgotten when the next student starts. Print it or export it to your USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select two to four careers to compare (Ctrl+click to select more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export My careers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My careers files (*.shishya)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import My careers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n careers</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StillThereDialog</name>
    <message>
        <source>Still there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New student now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nobody has used Shishya for a while. In %n seconds it will start over for the next student, and forget this student&apos;s searches and list.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vocab</name>
    <message>
        <source>Science (PCM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Science (PCB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commerce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arts / Humanities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vocational / ITI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No formal minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ITI certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class 12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diploma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bachelor&apos;s degree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master&apos;s degree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steady</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shrinking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While at school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After class 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After class 12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After graduation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional / after a professional degree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-employed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chemistry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fresher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2–5 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs Maths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs Biology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Maths needed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

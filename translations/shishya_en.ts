<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ExamsView</name>
    <message numerus="yes">
        <source>%n exams</source>
        <translation>
            <numerusform>%n exam</numerusform>
            <numerusform>%n exams</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExploreView</name>
    <message numerus="yes">
        <source>%n careers</source>
        <translation>
            <numerusform>%n career</numerusform>
            <numerusform>%n careers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuizView</name>
    <message numerus="yes">
        <source>Short quiz: %n activities, about 3 minutes</source>
        <translation>
            <numerusform>Short quiz: %n activity, about 3 minutes</numerusform>
            <numerusform>Short quiz: %n activities, about 3 minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Full quiz: %n activities, about 7 minutes</source>
        <translation>
            <numerusform>Full quiz: %n activity, about 7 minutes</numerusform>
            <numerusform>Full quiz: %n activities, about 7 minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShortlistView</name>
    <message numerus="yes">
        <source>Imported %n careers</source>
        <translation>
            <numerusform>Imported %n career</numerusform>
            <numerusform>Imported %n careers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StillThereDialog</name>
    <message numerus="yes">
        <source>Nobody has used Shishya for a while. In %n seconds it will start over for the next student, and forget this student&apos;s searches and list.</source>
        <translation>
            <numerusform>Nobody has used Shishya for a while. In %n second it will start over for the next student, and forget this student&apos;s searches and list.</numerusform>
            <numerusform>Nobody has used Shishya for a while. In %n seconds it will start over for the next student, and forget this student&apos;s searches and list.</numerusform>
        </translation>
    </message>
</context>
</TS>

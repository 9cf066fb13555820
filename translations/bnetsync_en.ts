<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CharacterListWriter</name>
    <message numerus="yes">
        <source>%n entries could not be read (%1); nothing was archived</source>
        <translation>
            <numerusform>%n entry could not be read (%1); nothing was archived</numerusform>
            <numerusform>%n entries could not be read (%1); nothing was archived</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bnet::SignInFlow</name>
    <message numerus="yes">
        <source>No answer from Battle.net&apos;s sign-in page within %n minute(s), so the sign-in stopped. Nothing changed; start it again when you are ready.</source>
        <translation>
            <numerusform>No answer from Battle.net&apos;s sign-in page within %n minute, so the sign-in stopped. Nothing changed; start it again when you are ready.</numerusform>
            <numerusform>No answer from Battle.net&apos;s sign-in page within %n minutes, so the sign-in stopped. Nothing changed; start it again when you are ready.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bnet::ui::Banner</name>
    <message numerus="yes">
        <source>(%n more problem(s); hover for the list)</source>
        <translation>
            <numerusform>(%n more problem; hover for the list)</numerusform>
            <numerusform>(%n more problems; hover for the list)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bnet::ui::MainWindow</name>
    <message numerus="yes">
        <source>%n character(s) shown</source>
        <translation>
            <numerusform>%n character shown</numerusform>
            <numerusform>%n characters shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bnet::ui::SyncController</name>
    <message numerus="yes">
        <source>%n character(s) could not be synced; hover over a red cross to see why.</source>
        <translation>
            <numerusform>%n character could not be synced; hover over a red cross to see why.</numerusform>
            <numerusform>%n characters could not be synced; hover over a red cross to see why.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bnet::ui::SyncProgressWidget</name>
    <message numerus="yes">
        <source>About %n second(s) left</source>
        <translation>
            <numerusform>About %n second left</numerusform>
            <numerusform>About %n seconds left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s) left</source>
        <translation>
            <numerusform>About %n minute left</numerusform>
            <numerusform>About %n minutes left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n done</source>
        <translation>
            <numerusform>%1 of %n done</numerusform>
            <numerusform>%1 of %n done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n failed</numerusform>
            <numerusform>, %n failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) to enrich (list: %1 added, %2 updated, %3 archived, %4 reactivated).</source>
        <translation>
            <numerusform>%n character to enrich (list: %1 added, %2 updated, %3 archived, %4 reactivated).</numerusform>
            <numerusform>%n characters to enrich (list: %1 added, %2 updated, %3 archived, %4 reactivated).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enriched %1 of %n character(s); %2 failed.</source>
        <translation>
            <numerusform>Enriched %1 of %n character; %2 failed.</numerusform>
            <numerusform>Enriched %1 of %n characters; %2 failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The sync finished with problems: %n character(s) failed</source>
        <translation>
            <numerusform>The sync finished with problems: %n character failed</numerusform>
            <numerusform>The sync finished with problems: %n characters failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n region/version pair(s) could not be read</source>
        <translation>
            <numerusform>, %n region/version pair could not be read</numerusform>
            <numerusform>, %n region/version pairs could not be read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (in %n hour(s))</source>
        <translation>
            <numerusform>%1 (in %n hour)</numerusform>
            <numerusform>%1 (in %n hours)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (in %n minute(s))</source>
        <translation>
            <numerusform>%1 (in %n minute)</numerusform>
            <numerusform>%1 (in %n minutes)</numerusform>
        </translation>
    </message>
</context>
</TS>

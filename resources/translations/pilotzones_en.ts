<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>ArticleLoader</name>
    <message>
        <source>The article is not valid JSON: %1 at byte %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The article must be a JSON object.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The article has format version %1; this version of the app reads version %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The article has no "id".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The article's "path" must start with "/".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The article has no headline.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The article has no "blocks" list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Block %1 has an unknown kind; expected paragraph, heading or closing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Block %1 has no text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the article from %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>Article</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CityListModel</name>
    <message>
        <source>%1 %2</source>
        <extracomment>A city in the sidebar: English name, then Chinese name, e.g. "Shenzhen 深圳"</extracomment>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1, %2. Mentioned %n time(s) in the article.</source>
        <translation><numerusform>%1, %2. Mentioned %n time in the article.</numerusform><numerusform>%1, %2. Mentioned %n times in the article.</numerusform></translation>
    </message>
</context>
<context>
    <name>CityPanel</name>
    <message>
        <source>City details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mentions in the article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The ministry’s mandate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mandate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the article says</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Facts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The ministry also said</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quotes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>City panel title: English and Chinese names, e.g. "Shenzhen 深圳"</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Municipality of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 province</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Mentioned %n time(s) in the article</source>
        <translation><numerusform>Mentioned %n time in the article</numerusform><numerusform>Mentioned %n times in the article</numerusform></translation>
    </message>
    <message>
        <source>“%1”</source>
        <extracomment>A quotation in curly quotes</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>• %1</source>
        <extracomment>One fact in a bulleted list</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Figures for %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1, %2. Mentioned %n time(s) in the article.</source>
        <translation><numerusform>%1, %2. Mentioned %n time in the article.</numerusform><numerusform>%1, %2. Mentioned %n times in the article.</numerusform></translation>
    </message>
    <message>
        <source>Choose a city</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CityZoneLoader</name>
    <message>
        <source>City %1 needs an "id" of lower-case letters, digits and hyphens.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>City "%1" has no "%2".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>City "%1" has regionKind "%2"; expected province or municipality.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>City "%1" has a figure without a non-negative number "value".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The city list is not valid JSON: %1 at byte %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The city list has format version %1; this version of the app reads version %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The city list has no "cities".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>City %1 is not a JSON object.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The city id "%1" appears twice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the city list from %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Pilot Zones: read “Shenzhen one of four AI zones” and explore the four pilot cities.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open at the city with this id (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1
Try --help for the options.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>--version output: application name and version</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unexpected argument: %1
Try --help for the options.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown city “%1”. Choose one of: %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FigureChart</name>
    <message>
        <source>Figures chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Accessible description of one bar: label, then the value with its unit</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A figure with its unit, e.g. "477.202 RMB billion"</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A figure with the context the article gives, e.g. "477.202 RMB billion (up 10.9% year on year)"</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Previous</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Previous match</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go to the previous match (Shift+F3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next match</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go to the next match (F3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close find bar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find in article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search the article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Matches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>Find bar: the current match and how many there are, e.g. "2 of 9"</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pilot Zones — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pilot Zones</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sidebar and article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Pilot cities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pilot cities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The four national pilot zones for next-generation AI</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>City details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text size %1%</source>
        <extracomment>Status after zooming; %1 is the text size in percent</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About Pilot Zones</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About Pilot Zones</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pilot Zones %1
A reader for “%2”.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Pilot Zones cannot start</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
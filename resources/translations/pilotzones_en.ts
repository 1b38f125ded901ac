<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Pilot Zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilot Zones icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilot Zones %1</source>
        <extracomment>%1 is the version</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name and version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reader for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comment server is set: comments are kept on this computer, in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments go to the Waline comment server at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where comments go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running on Qt %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copyright © 2026 The Pilot Zones developers.
Licensed under the MIT licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleLoader</name>
    <message>
        <source>The article is not valid JSON: %1 at byte %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article has format version %1; this version of the app reads version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article has no &quot;id&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article&apos;s &quot;path&quot; must start with &quot;/&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article has no headline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article has no &quot;blocks&quot; list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block %1 has an unknown kind; expected paragraph, heading or closing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block %1 has no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the article from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticlePrinter</name>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>Page number in the printed header; %1 is this page, %2 the number of pages</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to write the PDF to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a folder. Choose a file name for the PDF.</source>
        <extracomment>%1 is the path the reader chose</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written to “%1”: %2</source>
        <extracomment>%1 is the path the reader chose, %2 the system&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CityListModel</name>
    <message>
        <source>%1 %2</source>
        <extracomment>A city in the sidebar: English name, then Chinese name, e.g. &quot;Shenzhen 深圳&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %2. Mentioned %n time(s) in the article.</source>
        <translation>
            <numerusform>%1, %2. Mentioned %n time in the article.</numerusform>
            <numerusform>%1, %2. Mentioned %n times in the article.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CityPanel</name>
    <message>
        <source>City details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions in the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ministry’s mandate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the article says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ministry also said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>City panel title: English and Chinese names, e.g. &quot;Shenzhen 深圳&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 province</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Mentioned %n time(s) in the article</source>
        <translation>
            <numerusform>Mentioned %n time in the article</numerusform>
            <numerusform>Mentioned %n times in the article</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”</source>
        <extracomment>A quotation in curly quotes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1</source>
        <extracomment>One fact in a bulleted list</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %2. Mentioned %n time(s) in the article.</source>
        <translation>
            <numerusform>%1, %2. Mentioned %n time in the article.</numerusform>
            <numerusform>%1, %2. Mentioned %n times in the article.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a city</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CityZoneLoader</name>
    <message>
        <source>City %1 needs an &quot;id&quot; of lower-case letters, digits and hyphens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City &quot;%1&quot; has no &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City &quot;%1&quot; has regionKind &quot;%2&quot;; expected province or municipality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City &quot;%1&quot; has a figure without a non-negative number &quot;value&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The city list is not valid JSON: %1 at byte %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The city list has format version %1; this version of the app reads version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The city list has no &quot;cities&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City %1 is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The city id &quot;%1&quot; appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the city list from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Pilot Zones: read “Shenzhen one of four AI zones” and explore the four pilot cities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open at the city with this id (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Try --help for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>--version output: application name and version</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1
Try --help for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown city “%1”. Choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send comments to the Waline comment server at this http or https address (overrides the setting comments/server). Without a server, comments are kept on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use “%1” as the comment server: %2
Give an address like https://comments.example.org.</source>
        <extracomment>%1 is the address given, %2 says what is wrong with it</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommentDelegate</name>
    <message numerus="yes">
        <source>%1 · %n reply(s)</source>
        <extracomment>Under a comment: its state, then how many replies it has, e.g. &quot;published · 2 replies&quot;</extracomment>
        <translation>
            <numerusform>%1 · %n reply</numerusform>
            <numerusform>%1 · %n replies</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · reply to %2</source>
        <extracomment>Beside a reply&apos;s name: its time, then whom it answers, e.g. &quot;27/11/2026 12:00 · reply to Mei&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommentListModel</name>
    <message>
        <source>The comments could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting to send</source>
        <extracomment>A comment that will be tried again; %1 is why the last try did not work</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting to send (last try: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent</source>
        <extracomment>A comment the server refused or that could not be delivered; %1 is the reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>awaiting moderation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3: %4</source>
        <extracomment>How a screen reader reads a comment: name, time, state, then the text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marked as spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known to be published</source>
        <extracomment>The comment server gave the comment a status this version does not know</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote: %1. %2</source>
        <extracomment>A comment on a passage as a screen reader reads it: the quoted passage, then the comment</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote: %1
%2</source>
        <extracomment>A comment&apos;s tooltip: the quoted passage, then the comment on the next line</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to %1: %2, %3, %4: %5</source>
        <extracomment>How a screen reader reads a reply: whom it answers, then name, time, state and the text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Show %n more reply(s)</source>
        <extracomment>A row at the end of a long thread in the comment list; activating it lists the other replies</extracomment>
        <translation>
            <numerusform>Show %n more reply</numerusform>
            <numerusform>Show %n more replies</numerusform>
        </translation>
    </message>
    <message>
        <source>Press Enter to show them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommentListView</name>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading comments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;Quoted Passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest first. On your own comments that were not sent, Enter or F2 edits, Delete deletes, Ctrl+Z brings a deleted one back, and the context menu offers Retry for a failed one. On a comment that quotes the article, the context menu, and Enter where it does not edit, show the passage in the article. R or Ctrl+R replies to the selected comment. Enter on “Show more replies” lists the other replies of a long thread.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommentRequestFields</name>
    <message>
        <source>Your comment, exactly as you typed it, after the passage you quote, if any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, if you give one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your email address, if you give one. The server keeps it and does not publish it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A web site of yours: always empty, Pilot Zones asks for none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article&apos;s address on the server, so the comment joins its thread.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app&apos;s name and version (also sent as the User-Agent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s id of the comment you reply to, if you reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s id of the first comment of that thread, if you reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the person you reply to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not described yet: tell the developers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommentRules</name>
    <message>
        <source>The name has %1 characters; shorten it to %2 or fewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address has %1 characters; it can have at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment has %1 characters; shorten it to %2 or fewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name contains an invisible control character (%1). Remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address contains an invisible control character (%1). Remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment contains an invisible control character (%1). Remove it, for example by retyping the text around it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name contains a hidden text-direction control (%1), which can make text appear in a misleading order. Remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address contains a hidden text-direction control (%1), which can make text appear in a misleading order. Remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment contains a hidden text-direction control (%1), which can make text appear in a misleading order. Remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name contains a broken character. Retype it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address contains a broken character. Retype it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment contains a broken character. Retype the text around it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a comment before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the spaces from the e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an e-mail address like name@example.com, or leave the field empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the listed cities, or none for the article as a whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment and the quoted passage have %1 characters together; shorten them to %2 or fewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a comment on the quoted passage before sending.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommentStore</name>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; it could not be set aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The comment store was written by a newer version of Pilot Zones. It was set aside as %1; %n of your comment(s) were copied into a new store.</source>
        <translation>
            <numerusform>The comment store was written by a newer version of Pilot Zones. It was set aside as %1; %n of your comment was copied into a new store.</numerusform>
            <numerusform>The comment store was written by a newer version of Pilot Zones. It was set aside as %1; %n of your comments were copied into a new store.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The comment store was damaged. It was set aside as %1; %n of your comment(s) were recovered.</source>
        <translation>
            <numerusform>The comment store was damaged. It was set aside as %1; %n of your comment was recovered.</numerusform>
            <numerusform>The comment store was damaged. It was set aside as %1; %n of your comments were recovered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pilot Zones cannot save comments in %1. Until this is fixed, your draft and new comments are kept only while the app is open; %n earlier comment(s) were loaded.</source>
        <translation>
            <numerusform>Pilot Zones cannot save comments in %1. Until this is fixed, your draft and new comments are kept only while the app is open; %n earlier comment was loaded.</numerusform>
            <numerusform>Pilot Zones cannot save comments in %1. Until this is fixed, your draft and new comments are kept only while the app is open; %n earlier comments were loaded.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recovered from a damaged store: check the text, then send it again or discard it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment store could not be read or written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comment needs a local id to be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment store is busy or cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such comment any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment %1 is no longer being sent by this window; its result was not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a comment that failed or was saved on this computer can be sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are writing another comment. Send or clear it first, then edit this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Pilot Zones window is open and shares your comments and draft with this one. Each comment is sent once, whichever window sends it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Pilot Zones cannot write to its comment store %1 (the folder may be read-only), so new comments cannot be stored until this is fixed. %n comment(s) were loaded from it; those waiting to be sent are still sent while the app is open.</source>
        <translation>
            <numerusform>Pilot Zones cannot write to its comment store %1 (the folder may be read-only), so new comments cannot be stored until this is fixed. %n comment was loaded from it; those waiting to be sent are still sent while the app is open.</numerusform>
            <numerusform>Pilot Zones cannot write to its comment store %1 (the folder may be read-only), so new comments cannot be stored until this is fixed. %n comments were loaded from it; those waiting to be sent are still sent while the app is open.</numerusform>
        </translation>
    </message>
    <message>
        <source>The comment store %1 cannot be written (the folder may be read-only), so nothing new can be stored in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This comment is no longer stored here; another Pilot Zones window may have sent, edited or deleted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This comment is being sent right now (perhaps by another Pilot Zones window), so it cannot be edited; it is kept as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This comment is being sent right now (perhaps by another Pilot Zones window), so it cannot be deleted; it is kept as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This comment was already sent, so it cannot be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This comment was already sent, so it cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment store %1 cannot be written (the folder may be read-only), so the comment cannot be edited; it is kept as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment store %1 cannot be written (the folder may be read-only), so the comment cannot be deleted; it is kept as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a comment that was not sent can be brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment store %1 cannot be written (the folder may be read-only), so the comment cannot be brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This comment is already back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilot Zones can no longer write to its comment store %1 (the folder may have become read-only, or the disk is full). Your comments waiting to be sent are still sent, each once, while the app is open; new comments cannot be stored until this is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommentsOpener</name>
    <message>
        <source>Comments can be neither kept nor sent: %1</source>
        <extracomment>%1 says why the comments module could not be loaded</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackForm</name>
    <message>
        <source>For&amp;get my name and email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message about your comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never shown to anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, never shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the comment is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>An entry of the &quot;About&quot; list: English name, then Chinese name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required. Press Ctrl+Enter to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do you think? Ctrl+Enter sends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget my name and email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the comment (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your comment is saved on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your comment is stored and on its way to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name and email are forgotten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept one of your comments: %1
It stays in the list of comments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept your comment: %1
It is back in the form: change it and send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>The live character counter under the comment: used / allowed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 characters used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept one of your comments: %1
It is in the list of comments, where “Edit” brings it back into this form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quote is removed; your comment is on the whole article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <extracomment>The quoted passage above the comment field, in typographic quotes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quoted passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &amp;quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on the whole article instead of this passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on the quoted passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 with the quote</source>
        <extracomment>The live character counter when the comment quotes a passage, which counts too: used / allowed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 characters used, the quote included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply is cancelled; your comment will be one of its own.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackPanel</name>
    <message>
        <source>Tell us what you think</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the saved comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comment server is configured, so your comments are kept on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Latest comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry sending the selected comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tr&amp;y again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try loading the comments again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your comment will be sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your comment is back in the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your comment was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your comment was sent; it will appear once a moderator approves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your comment was not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comments could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your comment was sent, but the comment server marked it as spam: it will not appear unless a moderator approves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About your comments in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back the deleted comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back the deleted comment (Ctrl+Z in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment was not sent again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deleted comment can still be brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this comment? It has not been sent. You can undo this while the window is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your comment was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your comment was deleted. Press Ctrl+Z in the list, or Undo, to bring it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your comment is back. Undo brings back the one deleted before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your deleted comment is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send or clear the comment in the form first; then Edit brings the other one back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment was not put back into the form: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show new comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new comment(s)</source>
        <extracomment>A button above the comment list; activating it shows the comments the server has got since</extracomment>
        <translation>
            <numerusform>%n new comment</numerusform>
            <numerusform>%n new comments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show %n new comment(s)</source>
        <translation>
            <numerusform>Show %n new comment</numerusform>
            <numerusform>Show %n new comments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new comment(s) on the server</source>
        <translation>
            <numerusform>%n new comment on the server</numerusform>
            <numerusform>%n new comments on the server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new comment(s) shown</source>
        <translation>
            <numerusform>%n new comment shown</numerusform>
            <numerusform>%n new comments shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Reply to the selected comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to the selected comment (R or Ctrl+R in the list)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackSession</name>
    <message>
        <source>Your draft could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments cannot be sent yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your comment could not be stored, so it was not sent; nothing you typed is lost. %1</source>
        <extracomment>%1 is the reason, e.g. &quot;the comment was not stored&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name and email could not be forgotten: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments cannot be changed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment was not deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no deleted comment to bring back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deleted comment could not be brought back: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigureChart</name>
    <message>
        <source>Figures chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Accessible description of one bar: label, then the value with its unit</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the next match (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>Find bar: the current match and how many there are, e.g. &quot;2 of 9&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pilot Zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pilot cities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilot cities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The four national pilot zones for next-generation AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size %1%</source>
        <extracomment>Status after zooming; %1 is the text size in percent</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Pilot Zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sidebar, article and feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article could not be printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the article to %1</source>
        <extracomment>Status after exporting; %1 is the PDF&apos;s path</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing and PDF export are not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write your comment in the feedback form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mment on This Passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on the text selected in the article, quoting it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commenting on the selected passage: write your comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quoted passage is marked in the article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quoted passage is not in the article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading &amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading settings saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments shown: the feedback form has the focus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments folded away; %1 or the Comments button brings them back.</source>
        <extracomment>%1 is the shortcut of View → Comments</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageFrame</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModuleLoader</name>
    <message>
        <source>%1 is not installed in %2.</source>
        <extracomment>%1 is a file name, %2 a list of folders</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be loaded: %2</source>
        <extracomment>%1 is a file&apos;s path</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a module of this version of Pilot Zones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading aloud is not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>No comment server is set up, so the comment stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your comment was not stored, so it was not sent; your text is kept. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment server already holds a comment with exactly this name, email and text, so it did not take this one again. If that one is not in the list, the server kept it as a reply to a comment that is gone: change the text a little and send it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaneFolding</name>
    <message>
        <source>&amp;Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the comments and the feedback form (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the comments and the feedback form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows or hides the comments and the feedback form</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfExportDialog</name>
    <message>
        <source>Export as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Append the four pilot cities (names, region, mandate, figures, mentions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Append the four pilot cities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintPlugin</name>
    <message>
        <source>Print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Append the Pilot &amp;Cities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintableArticle</name>
    <message>
        <source>%1 %2 %3</source>
        <extracomment>A sum of money as the article writes it: currency, number, scale, e.g. &quot;RMB 477.202 billion&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A figure with its unit, e.g. &quot;12.5 km&quot;
----------
City name in English and Chinese, e.g. &quot;Shenzhen 深圳&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A figure with the context the article gives, e.g. &quot;RMB 477.202 billion (up 10.9% year on year)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pilot cities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandate: “%1”</source>
        <extracomment>The ministry&apos;s requirement for the city, quoted</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>One figure of a city: its label, then the value, e.g. &quot;Sales: RMB 477.202 billion&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions in the article: %1</source>
        <extracomment>How often the article names the city; %1 is a number</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QtSpeechEngine</name>
    <message>
        <source>Reading aloud needs a speech engine: install speech-dispatcher and espeak-ng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speech engine could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speech engine has no voice: install espeak-ng.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadAloudBar</name>
    <message>
        <source>Reading aloud stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing to read aloud…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read &amp;Aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the article aloud from the selection or from the top of the view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading aloud paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume reading aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause reading aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop reading aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slower to the left, faster to the right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadAloudController</name>
    <message>
        <source>The speech engine stopped responding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No speech engine is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speech engine failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadingProgressLabel</name>
    <message>
        <source>Reading progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadingSettingsDialog</name>
    <message>
        <source>Reading Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Typeface:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text &amp;size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Line spacing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column &amp;width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typeface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line spacing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ×</source>
        <extracomment>The line spacing control&apos;s suffix: the spacing is a multiple of the font&apos;s own line height</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset to Defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sans serif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>A text size in percent of the desktop&apos;s</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrow (%1 characters)</source>
        <extracomment>Column widths; %1 is the number of characters on a line</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium (%1 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wide (%1 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadingTime</name>
    <message>
        <source>Finished</source>
        <extracomment>Reading progress at the end of the article</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % · less than a minute left</source>
        <extracomment>Reading progress: %1 is the percentage read, then the time left</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 % · about %n min left</source>
        <extracomment>Reading progress: %1 is the percentage read, %n the minutes left to read</extracomment>
        <translation>
            <numerusform>%1 % · about %n min left</numerusform>
            <numerusform>%1 % · about %n min left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplyBanner</name>
    <message>
        <source>Anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replying to %1</source>
        <extracomment>Above the comment field while the reader answers a comment; %1 is that comment&apos;s author</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel repl&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the comment on its own instead of as a reply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendDisclosure</name>
    <message>
        <source>Send gives %1 your name and email (if you give them), your comment, this article&apos;s address and the app&apos;s version; the server keeps them.</source>
        <extracomment>One line above the comment list before the first comment goes to a server; %1 is the server&apos;s host</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendNotice</name>
    <message>
        <source>What is sent?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show exactly what a comment sends to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is sent to the comment server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SentFieldsDialog</name>
    <message>
        <source>What is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you press Send, Pilot Zones sends one request, POST %1, with these JSON fields. The comment server keeps what it receives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it carries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields of the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Sent as: %2</source>
        <extracomment>A field&apos;s description, then the value it always has, e.g. the article&apos;s address</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Left out when empty.</source>
        <extracomment>A field&apos;s description for a field left out when the reader leaves it empty</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing else leaves this computer: the city you choose in About stays with your copy of the comment. Loading the comments asks the same server for this article&apos;s thread.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerChoice</name>
    <message>
        <source>The comment server in the setting %1 cannot be used: %2 Comments are kept on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutListModel</name>
    <message>
        <source>No shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action or key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions and their shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalineClient</name>
    <message>
        <source>Enter the address of the comment server, for example https://comments.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment server address must start with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment server address has no host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment server address must not contain a user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment server address must not contain &quot;?&quot; or &quot;#&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This comment is already being sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalineProtocol</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with something that is not a comment server reply, so it is not known whether the comment arrived. Check the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment server&apos;s answer was larger than %1 KiB, so it was cut off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment server&apos;s certificate is not accepted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secure connection to the comment server could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment server refused the connection; it may not be running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment server closed the connection before it finished answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment server&apos;s host name could not be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the comment server timed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment server redirected to another address, which was not followed. Check the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network proxy asks for a user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment server could not be asked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the comment server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comment has no objectId.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment %1 has no text (&quot;orig&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment %1 has no time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment %1 has replies that are not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reply to comment %1 is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment server could not list the comments (error %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment server could not list the comments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment server sent a comment list that cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment server redirected the comment (HTTP %1) without saying where; it was not sent again. Check the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment server redirected the comment to %1 (HTTP %2); it was not sent there. Check the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment server could not take the comment now (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment server could not take the comment now (HTTP %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment server refused the comment (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment server refused the comment (HTTP %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment server gave an unexpected answer (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment server asks to wait a little between comments; it will be sent again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment server did not accept the comment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment server refused the comment (error %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment server refused the comment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment server could not list the comments (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment server could not list the comments (HTTP %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with something that is not a comment server reply, so the comments could not be listed. Check the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment server did not answer in time (within %1 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment you replied to is no longer on the comment server, so your reply cannot appear under it (the server said: %1). The server kept this text all the same: to send it as a comment of its own, cancel the reply and change the text a little.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Pilot Zones cannot start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Pilot Zones</source>
        <translation>关于 Pilot Zones</translation>
    </message>
    <message>
        <source>Pilot Zones icon</source>
        <translation>Pilot Zones 图标</translation>
    </message>
    <message>
        <source>Pilot Zones %1</source>
        <extracomment>%1 is the version</extracomment>
        <translation>Pilot Zones %1</translation>
    </message>
    <message>
        <source>Name and version</source>
        <translation>名称和版本</translation>
    </message>
    <message>
        <source>A reader for “%1”.</source>
        <translation>一款阅读《%1》的应用。</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>No comment server is set: comments are kept on this computer, in %1.</source>
        <translation>未设置评论服务器：评论保存在本机的 %1 中。</translation>
    </message>
    <message>
        <source>Comments go to the Waline comment server at %1.</source>
        <translation>评论将发送到位于 %1 的 Waline 评论服务器。</translation>
    </message>
    <message>
        <source>Where comments go</source>
        <translation>评论去向</translation>
    </message>
    <message>
        <source>Running on Qt %1.</source>
        <translation>基于 Qt %1 运行。</translation>
    </message>
    <message>
        <source>Qt version</source>
        <translation>Qt 版本</translation>
    </message>
    <message>
        <source>Copyright © 2026 The Pilot Zones developers.
Licensed under the MIT licence.</source>
        <translation>版权所有 © 2026 Pilot Zones 开发者。
依据 MIT 许可证授权。</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>对话框按钮</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ArticleLoader</name>
    <message>
        <source>The article is not valid JSON: %1 at byte %2.</source>
        <translation>文章不是有效的 JSON：第 %2 字节处%1。</translation>
    </message>
    <message>
        <source>The article must be a JSON object.</source>
        <translation>文章必须是一个 JSON 对象。</translation>
    </message>
    <message>
        <source>The article has format version %1; this version of the app reads version %2.</source>
        <translation>文章的格式版本为 %1，而本版应用读取的是版本 %2。</translation>
    </message>
    <message>
        <source>The article has no &quot;id&quot;.</source>
        <translation>文章缺少“id”。</translation>
    </message>
    <message>
        <source>The article&apos;s &quot;path&quot; must start with &quot;/&quot;.</source>
        <translation>文章的“path”必须以“/”开头。</translation>
    </message>
    <message>
        <source>The article has no headline.</source>
        <translation>文章没有标题。</translation>
    </message>
    <message>
        <source>The article has no &quot;blocks&quot; list.</source>
        <translation>文章缺少“blocks”列表。</translation>
    </message>
    <message>
        <source>Block %1 has an unknown kind; expected paragraph, heading or closing.</source>
        <translation>第 %1 块的类型未知，应为 paragraph、heading 或 closing。</translation>
    </message>
    <message>
        <source>Block %1 has no text.</source>
        <translation>第 %1 块没有文字。</translation>
    </message>
    <message>
        <source>Cannot read the article from %1: %2</source>
        <translation>无法从 %1 读取文章：%2</translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation>%1（位于 %2）</translation>
    </message>
</context>
<context>
    <name>ArticlePrinter</name>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>Page number in the printed header; %1 is this page, %2 the number of pages</extracomment>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Choose a file to write the PDF to.</source>
        <translation>请选择要写入 PDF 的文件。</translation>
    </message>
    <message>
        <source>“%1” is a folder. Choose a file name for the PDF.</source>
        <extracomment>%1 is the path the reader chose</extracomment>
        <translation>“%1”是一个文件夹。请为 PDF 选择文件名。</translation>
    </message>
    <message>
        <source>The PDF could not be written to “%1”: %2</source>
        <extracomment>%1 is the path the reader chose, %2 the system&apos;s reason</extracomment>
        <translation>无法将 PDF 写入“%1”：%2</translation>
    </message>
    <message>
        <source>The PDF could not be written to “%1”.</source>
        <translation>无法将 PDF 写入“%1”。</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
</context>
<context>
    <name>CityListModel</name>
    <message>
        <source>%1 %2</source>
        <extracomment>A city in the sidebar: English name, then Chinese name, e.g. &quot;Shenzhen 深圳&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2. Mentioned %n time(s) in the article.</source>
        <translation>
            <numerusform>%1，%2。文中提及 %n 次。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CityPanel</name>
    <message>
        <source>City details</source>
        <translation>城市详情</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>所属地区</translation>
    </message>
    <message>
        <source>Mentions in the article</source>
        <translation>文中提及</translation>
    </message>
    <message>
        <source>The ministry’s mandate</source>
        <translation>科学技术部的要求</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>What the article says</source>
        <translation>文章所述</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>事实</translation>
    </message>
    <message>
        <source>The ministry also said</source>
        <translation>科学技术部还表示</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>引述</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>City panel title: English and Chinese names, e.g. &quot;Shenzhen 深圳&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Municipality of %1</source>
        <translation>直辖市：%1</translation>
    </message>
    <message>
        <source>%1 province</source>
        <translation>省份：%1</translation>
    </message>
    <message numerus="yes">
        <source>Mentioned %n time(s) in the article</source>
        <translation>
            <numerusform>文中提及 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”</source>
        <extracomment>A quotation in curly quotes</extracomment>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>• %1</source>
        <extracomment>One fact in a bulleted list</extracomment>
        <translation>• %1</translation>
    </message>
    <message>
        <source>Figures for %1</source>
        <translation>%1的数据</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2. Mentioned %n time(s) in the article.</source>
        <translation>
            <numerusform>%1，%2。文中提及 %n 次。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a city</source>
        <translation>请选择一个城市</translation>
    </message>
</context>
<context>
    <name>CityZoneLoader</name>
    <message>
        <source>City %1 needs an &quot;id&quot; of lower-case letters, digits and hyphens.</source>
        <translation>城市 %1 需要一个由小写字母、数字和连字符组成的“id”。</translation>
    </message>
    <message>
        <source>City &quot;%1&quot; has no &quot;%2&quot;.</source>
        <translation>城市“%1”缺少“%2”。</translation>
    </message>
    <message>
        <source>City &quot;%1&quot; has regionKind &quot;%2&quot;; expected province or municipality.</source>
        <translation>城市“%1”的 regionKind 为“%2”，应为 province 或 municipality。</translation>
    </message>
    <message>
        <source>City &quot;%1&quot; has a figure without a non-negative number &quot;value&quot;.</source>
        <translation>城市“%1”有一项数据缺少非负数值“value”。</translation>
    </message>
    <message>
        <source>The city list is not valid JSON: %1 at byte %2.</source>
        <translation>城市列表不是有效的 JSON：第 %2 字节处%1。</translation>
    </message>
    <message>
        <source>The city list has format version %1; this version of the app reads version %2.</source>
        <translation>城市列表的格式版本为 %1，而本版应用读取的是版本 %2。</translation>
    </message>
    <message>
        <source>The city list has no &quot;cities&quot;.</source>
        <translation>城市列表缺少“cities”。</translation>
    </message>
    <message>
        <source>City %1 is not a JSON object.</source>
        <translation>城市 %1 不是 JSON 对象。</translation>
    </message>
    <message>
        <source>The city id &quot;%1&quot; appears twice.</source>
        <translation>城市 id“%1”出现了两次。</translation>
    </message>
    <message>
        <source>Cannot read the city list from %1: %2</source>
        <translation>无法从 %1 读取城市列表：%2</translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation>%1（位于 %2）</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Pilot Zones: read “Shenzhen one of four AI zones” and explore the four pilot cities.</source>
        <translation>Pilot Zones：阅读“Shenzhen one of four AI zones”（深圳入选四个人工智能试点区），了解四个试点城市。</translation>
    </message>
    <message>
        <source>Open at the city with this id (%1).</source>
        <translation>打开时显示此 id 对应的城市（%1）。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>%1
Try --help for the options.</source>
        <translation>%1
使用 --help 查看可用选项。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>--version output: application name and version</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Unexpected argument: %1
Try --help for the options.</source>
        <translation>意外的参数：%1
使用 --help 查看可用选项。</translation>
    </message>
    <message>
        <source>Unknown city “%1”. Choose one of: %2.</source>
        <translation>未知城市“%1”。请从以下城市中选择：%2。</translation>
    </message>
    <message>
        <source>Send comments to the Waline comment server at this http or https address (overrides the setting comments/server). Without a server, comments are kept on this computer.</source>
        <translation>将评论发送到此 http 或 https 地址上的 Waline 评论服务器（优先于设置项 comments/server）。未设置服务器时，评论保存在本机。</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Cannot use “%1” as the comment server: %2
Give an address like https://comments.example.org.</source>
        <extracomment>%1 is the address given, %2 says what is wrong with it</extracomment>
        <translation>无法使用“%1”作为评论服务器：%2
请提供类似 https://comments.example.org 的地址。</translation>
    </message>
</context>
<context>
    <name>CommentDelegate</name>
    <message numerus="yes">
        <source>%1 · %n reply(s)</source>
        <extracomment>Under a comment: its state, then how many replies it has, e.g. &quot;published · 2 replies&quot;</extracomment>
        <translation>
            <numerusform>%1 · %n 条回复</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · reply to %2</source>
        <extracomment>Beside a reply&apos;s name: its time, then whom it answers, e.g. &quot;27/11/2026 12:00 · reply to Mei&quot;</extracomment>
        <translation>%1 · 回复 %2</translation>
    </message>
</context>
<context>
    <name>CommentListModel</name>
    <message>
        <source>The comments could not be loaded.</source>
        <translation>无法加载评论。</translation>
    </message>
    <message>
        <source>waiting to send</source>
        <extracomment>A comment that will be tried again; %1 is why the last try did not work</extracomment>
        <translation>等待发送</translation>
    </message>
    <message>
        <source>waiting to send (last try: %1)</source>
        <translation>等待发送（上次尝试：%1）</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>正在发送</translation>
    </message>
    <message>
        <source>not sent</source>
        <extracomment>A comment the server refused or that could not be delivered; %1 is the reason</extracomment>
        <translation>未发送</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>未发送：%1</translation>
    </message>
    <message>
        <source>awaiting moderation</source>
        <translation>等待审核</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>saved on this computer</source>
        <translation>已保存在本机</translation>
    </message>
    <message>
        <source>published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <source>%1, %2, %3: %4</source>
        <extracomment>How a screen reader reads a comment: name, time, state, then the text</extracomment>
        <translation>%1，%2，%3：%4</translation>
    </message>
    <message>
        <source>marked as spam</source>
        <translation>被标记为垃圾评论</translation>
    </message>
    <message>
        <source>not known to be published</source>
        <extracomment>The comment server gave the comment a status this version does not know</extracomment>
        <translation>发布状态未知</translation>
    </message>
    <message>
        <source>Quote: %1. %2</source>
        <extracomment>A comment on a passage as a screen reader reads it: the quoted passage, then the comment</extracomment>
        <translation>引文：%1。%2</translation>
    </message>
    <message>
        <source>Quote: %1
%2</source>
        <extracomment>A comment&apos;s tooltip: the quoted passage, then the comment on the next line</extracomment>
        <translation>引文：%1
%2</translation>
    </message>
    <message>
        <source>Reply to %1: %2, %3, %4: %5</source>
        <extracomment>How a screen reader reads a reply: whom it answers, then name, time, state and the text</extracomment>
        <translation>回复 %1：%2，%3，%4：%5</translation>
    </message>
    <message numerus="yes">
        <source>Show %n more reply(s)</source>
        <extracomment>A row at the end of a long thread in the comment list; activating it lists the other replies</extracomment>
        <translation>
            <numerusform>显示其余 %n 条回复</numerusform>
        </translation>
    </message>
    <message>
        <source>Press Enter to show them</source>
        <translation>按 Enter 显示</translation>
    </message>
</context>
<context>
    <name>CommentListView</name>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>Loading comments…</source>
        <translation>正在加载评论……</translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation>还没有评论。</translation>
    </message>
    <message>
        <source>Comment actions</source>
        <translation>评论操作</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>撤销删除(&amp;U)</translation>
    </message>
    <message>
        <source>Show the &amp;Quoted Passage</source>
        <translation>显示引用的段落(&amp;Q)</translation>
    </message>
    <message>
        <source>Re&amp;ply</source>
        <translation>回复(&amp;P)</translation>
    </message>
    <message>
        <source>Newest first. On your own comments that were not sent, Enter or F2 edits, Delete deletes, Ctrl+Z brings a deleted one back, and the context menu offers Retry for a failed one. On a comment that quotes the article, the context menu, and Enter where it does not edit, show the passage in the article. R or Ctrl+R replies to the selected comment. Enter on “Show more replies” lists the other replies of a long thread.</source>
        <translation>最新的在前。对于您尚未发送的评论，按 Enter 或 F2 编辑，按 Delete 删除，按 Ctrl+Z 恢复已删除的评论，发送失败的评论可在右键菜单中重试。对于引用了文章的评论，可通过右键菜单，或在 Enter 不用于编辑时按 Enter，在文章中显示该段落。按 R 或 Ctrl+R 回复所选评论。在“显示更多回复”上按 Enter，可列出长讨论串中的其余回复。</translation>
    </message>
</context>
<context>
    <name>CommentRequestFields</name>
    <message>
        <source>Your comment, exactly as you typed it, after the passage you quote, if any.</source>
        <translation>你的评论，与你输入的完全一致；如有引用的段落，放在它之前。</translation>
    </message>
    <message>
        <source>Your name, if you give one.</source>
        <translation>你的名字（如果你填写了）。</translation>
    </message>
    <message>
        <source>Your email address, if you give one. The server keeps it and does not publish it.</source>
        <translation>你的电子邮箱地址（如果你填写了）。服务器会保存它，但不会公开。</translation>
    </message>
    <message>
        <source>A web site of yours: always empty, Pilot Zones asks for none.</source>
        <translation>你的网站：始终为空，Pilot Zones 不会询问。</translation>
    </message>
    <message>
        <source>The article&apos;s address on the server, so the comment joins its thread.</source>
        <translation>文章在服务器上的地址，使评论加入该文章的讨论。</translation>
    </message>
    <message>
        <source>The app&apos;s name and version (also sent as the User-Agent).</source>
        <translation>应用的名称和版本（也作为 User-Agent 发送）。</translation>
    </message>
    <message>
        <source>The server&apos;s id of the comment you reply to, if you reply.</source>
        <translation>你所回复的评论在服务器上的 id（如果你在回复）。</translation>
    </message>
    <message>
        <source>The server&apos;s id of the first comment of that thread, if you reply.</source>
        <translation>该讨论中第一条评论在服务器上的 id（如果你在回复）。</translation>
    </message>
    <message>
        <source>The name of the person you reply to.</source>
        <translation>你所回复的人的名字。</translation>
    </message>
    <message>
        <source>Not described yet: tell the developers.</source>
        <translation>尚无说明：请告知开发者。</translation>
    </message>
</context>
<context>
    <name>CommentRules</name>
    <message>
        <source>The name has %1 characters; shorten it to %2 or fewer.</source>
        <translation>名字有 %1 个字符，请缩短到 %2 个以内。</translation>
    </message>
    <message>
        <source>The e-mail address has %1 characters; it can have at most %2.</source>
        <translation>电子邮箱地址有 %1 个字符，最多只能有 %2 个。</translation>
    </message>
    <message>
        <source>The comment has %1 characters; shorten it to %2 or fewer.</source>
        <translation>评论有 %1 个字符，请缩短到 %2 个以内。</translation>
    </message>
    <message>
        <source>The name contains an invisible control character (%1). Remove it.</source>
        <translation>名字中含有不可见的控制字符（%1），请将其删除。</translation>
    </message>
    <message>
        <source>The e-mail address contains an invisible control character (%1). Remove it.</source>
        <translation>电子邮箱地址中含有不可见的控制字符（%1），请将其删除。</translation>
    </message>
    <message>
        <source>The comment contains an invisible control character (%1). Remove it, for example by retyping the text around it.</source>
        <translation>评论中含有不可见的控制字符（%1），请将其删除，例如重新输入它前后的文字。</translation>
    </message>
    <message>
        <source>The name contains a hidden text-direction control (%1), which can make text appear in a misleading order. Remove it.</source>
        <translation>名字中含有隐藏的文字方向控制符（%1），可能使文字以误导性的顺序显示，请将其删除。</translation>
    </message>
    <message>
        <source>The e-mail address contains a hidden text-direction control (%1), which can make text appear in a misleading order. Remove it.</source>
        <translation>电子邮箱地址中含有隐藏的文字方向控制符（%1），可能使文字以误导性的顺序显示，请将其删除。</translation>
    </message>
    <message>
        <source>The comment contains a hidden text-direction control (%1), which can make text appear in a misleading order. Remove it.</source>
        <translation>评论中含有隐藏的文字方向控制符（%1），可能使文字以误导性的顺序显示，请将其删除。</translation>
    </message>
    <message>
        <source>The name contains a broken character. Retype it.</source>
        <translation>名字中含有损坏的字符，请重新输入。</translation>
    </message>
    <message>
        <source>The e-mail address contains a broken character. Retype it.</source>
        <translation>电子邮箱地址中含有损坏的字符，请重新输入。</translation>
    </message>
    <message>
        <source>The comment contains a broken character. Retype the text around it.</source>
        <translation>评论中含有损坏的字符，请重新输入它前后的文字。</translation>
    </message>
    <message>
        <source>Write a comment before sending.</source>
        <translation>请先写下评论再发送。</translation>
    </message>
    <message>
        <source>Remove the spaces from the e-mail address.</source>
        <translation>请删除电子邮箱地址中的空格。</translation>
    </message>
    <message>
        <source>Enter an e-mail address like name@example.com, or leave the field empty.</source>
        <translation>请输入类似 name@example.com 的电子邮箱地址，或留空。</translation>
    </message>
    <message>
        <source>Choose one of the listed cities, or none for the article as a whole.</source>
        <translation>请选择列出的城市之一，或不选，表示针对整篇文章。</translation>
    </message>
    <message>
        <source>The comment and the quoted passage have %1 characters together; shorten them to %2 or fewer.</source>
        <translation>评论和引用的段落共有 %1 个字符；请缩短到 %2 个字符以内。</translation>
    </message>
    <message>
        <source>Write a comment on the quoted passage before sending.</source>
        <translation>发送前请先就引用的段落写下评论。</translation>
    </message>
</context>
<context>
    <name>CommentStore</name>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>%1; it could not be set aside</source>
        <translation>%1；也无法将其移到一旁</translation>
    </message>
    <message numerus="yes">
        <source>The comment store was written by a newer version of Pilot Zones. It was set aside as %1; %n of your comment(s) were copied into a new store.</source>
        <translation>
            <numerusform>评论存储由更新版本的 Pilot Zones 写入，已另存为 %1；你的 %n 条评论已复制到新的存储中。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The comment store was damaged. It was set aside as %1; %n of your comment(s) were recovered.</source>
        <translation>
            <numerusform>评论存储已损坏，已另存为 %1；已恢复你的 %n 条评论。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pilot Zones cannot save comments in %1. Until this is fixed, your draft and new comments are kept only while the app is open; %n earlier comment(s) were loaded.</source>
        <translation>
            <numerusform>Pilot Zones 无法在 %1 中保存评论。在问题解决之前，你的草稿和新评论仅在应用打开期间保留；已加载 %n 条之前的评论。</numerusform>
        </translation>
    </message>
    <message>
        <source>Recovered from a damaged store: check the text, then send it again or discard it.</source>
        <translation>已从损坏的存储中恢复：请检查文字，然后重新发送或丢弃。</translation>
    </message>
    <message>
        <source>The comment store could not be read or written: %1</source>
        <translation>无法读写评论存储：%1</translation>
    </message>
    <message>
        <source>A comment needs a local id to be stored.</source>
        <translation>评论需要一个本地 id 才能存储。</translation>
    </message>
    <message>
        <source>The comment store is busy or cannot be written: %1</source>
        <translation>评论存储正忙或无法写入：%1</translation>
    </message>
    <message>
        <source>The comment could not be saved: %1</source>
        <translation>无法保存评论：%1</translation>
    </message>
    <message>
        <source>There is no such comment any more.</source>
        <translation>这条评论已不存在。</translation>
    </message>
    <message>
        <source>The comment %1 is no longer being sent by this window; its result was not recorded.</source>
        <translation>评论 %1 已不再由此窗口发送，其结果未被记录。</translation>
    </message>
    <message>
        <source>Only a comment that failed or was saved on this computer can be sent again.</source>
        <translation>只有发送失败或保存在本机的评论才能重新发送。</translation>
    </message>
    <message>
        <source>You are writing another comment. Send or clear it first, then edit this one.</source>
        <translation>你正在写另一条评论。请先发送或清空它，再编辑这一条。</translation>
    </message>
    <message>
        <source>Another Pilot Zones window is open and shares your comments and draft with this one. Each comment is sent once, whichever window sends it.</source>
        <translation>另一个 Pilot Zones 窗口已打开，并与此窗口共享你的评论和草稿。无论由哪个窗口发送，每条评论只发送一次。</translation>
    </message>
    <message numerus="yes">
        <source>Pilot Zones cannot write to its comment store %1 (the folder may be read-only), so new comments cannot be stored until this is fixed. %n comment(s) were loaded from it; those waiting to be sent are still sent while the app is open.</source>
        <translation>
            <numerusform>Pilot Zones 无法写入评论存储 %1（文件夹可能是只读的），因此在问题解决之前无法存储新评论。已从中加载 %n 条评论；等待发送的评论在应用打开期间仍会发送。</numerusform>
        </translation>
    </message>
    <message>
        <source>The comment store %1 cannot be written (the folder may be read-only), so nothing new can be stored in it.</source>
        <translation>无法写入评论存储 %1（文件夹可能是只读的），因此无法在其中存储新内容。</translation>
    </message>
    <message>
        <source>This comment is no longer stored here; another Pilot Zones window may have sent, edited or deleted it.</source>
        <translation>这条评论已不在此处存储；可能已被另一个 Pilot Zones 窗口发送、编辑或删除。</translation>
    </message>
    <message>
        <source>This comment is being sent right now (perhaps by another Pilot Zones window), so it cannot be edited; it is kept as it is.</source>
        <translation>这条评论正在发送（可能由另一个 Pilot Zones 窗口发送），因此无法编辑；它保持原样。</translation>
    </message>
    <message>
        <source>This comment is being sent right now (perhaps by another Pilot Zones window), so it cannot be deleted; it is kept as it is.</source>
        <translation>这条评论正在发送（可能由另一个 Pilot Zones 窗口发送），因此无法删除；它保持原样。</translation>
    </message>
    <message>
        <source>This comment was already sent, so it cannot be edited.</source>
        <translation>这条评论已经发送，因此无法编辑。</translation>
    </message>
    <message>
        <source>This comment was already sent, so it cannot be deleted.</source>
        <translation>这条评论已经发送，因此无法删除。</translation>
    </message>
    <message>
        <source>The comment store %1 cannot be written (the folder may be read-only), so the comment cannot be edited; it is kept as it is.</source>
        <translation>无法写入评论存储 %1（文件夹可能是只读的），因此无法编辑这条评论；它保持原样。</translation>
    </message>
    <message>
        <source>The comment store %1 cannot be written (the folder may be read-only), so the comment cannot be deleted; it is kept as it is.</source>
        <translation>无法写入评论存储 %1（文件夹可能是只读的），因此无法删除这条评论；它保持原样。</translation>
    </message>
    <message>
        <source>Only a comment that was not sent can be brought back.</source>
        <translation>只有尚未发送的评论才能恢复。</translation>
    </message>
    <message>
        <source>The comment store %1 cannot be written (the folder may be read-only), so the comment cannot be brought back.</source>
        <translation>无法写入评论存储 %1（文件夹可能是只读的），因此无法恢复这条评论。</translation>
    </message>
    <message>
        <source>This comment is already back.</source>
        <translation>这条评论已经恢复。</translation>
    </message>
    <message>
        <source>Pilot Zones can no longer write to its comment store %1 (the folder may have become read-only, or the disk is full). Your comments waiting to be sent are still sent, each once, while the app is open; new comments cannot be stored until this is fixed.</source>
        <translation>Pilot Zones 无法再写入评论存储 %1（文件夹可能已变为只读，或磁盘已满）。应用打开期间，等待发送的评论仍会发送，每条只发送一次；在此问题解决之前，无法保存新评论。</translation>
    </message>
</context>
<context>
    <name>CommentsOpener</name>
    <message>
        <source>Comments can be neither kept nor sent: %1</source>
        <extracomment>%1 says why the comments module could not be loaded</extracomment>
        <translation>无法保存或发送评论：%1</translation>
    </message>
</context>
<context>
    <name>FeedbackForm</name>
    <message>
        <source>For&amp;get my name and email</source>
        <translation>忘记我的名字和邮箱(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <source>Feedback form</source>
        <translation>反馈表单</translation>
    </message>
    <message>
        <source>Message about your comment</source>
        <translation>关于你的评论的消息</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation>名字（选填）</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <source>Email (optional)</source>
        <translation>邮箱（选填）</translation>
    </message>
    <message>
        <source>Never shown to anyone</source>
        <translation>不会向任何人显示</translation>
    </message>
    <message>
        <source>Optional, never shown</source>
        <translation>选填，不会公开</translation>
    </message>
    <message>
        <source>What the comment is about</source>
        <translation>评论针对的内容</translation>
    </message>
    <message>
        <source>The whole article</source>
        <translation>整篇文章</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>An entry of the &quot;About&quot; list: English name, then Chinese name</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>Required. Press Ctrl+Enter to send.</source>
        <translation>必填。按 Ctrl+Enter 发送。</translation>
    </message>
    <message>
        <source>What do you think? Ctrl+Enter sends.</source>
        <translation>你怎么看？按 Ctrl+Enter 发送。</translation>
    </message>
    <message>
        <source>Forget my name and email</source>
        <translation>忘记我的名字和邮箱</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Send the comment (Ctrl+Enter)</source>
        <translation>发送评论（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名字(&amp;N)：</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>邮箱(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;About:</source>
        <translation>针对(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>评论(&amp;C)：</translation>
    </message>
    <message>
        <source>Your comment is saved on this computer.</source>
        <translation>你的评论已保存在本机。</translation>
    </message>
    <message>
        <source>Your comment is stored and on its way to the server.</source>
        <translation>你的评论已存储，正在发往服务器。</translation>
    </message>
    <message>
        <source>Your name and email are forgotten.</source>
        <translation>已忘记你的名字和邮箱。</translation>
    </message>
    <message>
        <source>The server did not accept one of your comments: %1
It stays in the list of comments.</source>
        <translation>服务器未接受你的一条评论：%1
它仍保留在评论列表中。</translation>
    </message>
    <message>
        <source>The server did not accept your comment: %1
It is back in the form: change it and send it again.</source>
        <translation>服务器未接受你的评论：%1
评论已放回表单：请修改后重新发送。</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>The live character counter under the comment: used / allowed</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 of %2 characters used</source>
        <translation>已使用 %1 个字符，共可用 %2 个</translation>
    </message>
    <message>
        <source>The server did not accept one of your comments: %1
It is in the list of comments, where “Edit” brings it back into this form.</source>
        <translation>服务器未接受你的一条评论：%1
它在评论列表中，“编辑”可将它放回此表单。</translation>
    </message>
    <message>
        <source>The quote is removed; your comment is on the whole article.</source>
        <translation>引文已移除；您的评论针对整篇文章。</translation>
    </message>
    <message>
        <source>“%1”</source>
        <extracomment>The quoted passage above the comment field, in typographic quotes</extracomment>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Quoted passage</source>
        <translation>引用的段落</translation>
    </message>
    <message>
        <source>Remove &amp;quote</source>
        <translation>移除引文(&amp;Q)</translation>
    </message>
    <message>
        <source>Remove quote</source>
        <translation>移除引文</translation>
    </message>
    <message>
        <source>Comment on the whole article instead of this passage</source>
        <translation>评论整篇文章，而不是这个段落</translation>
    </message>
    <message>
        <source>Comment on the quoted passage</source>
        <translation>对引用段落的评论</translation>
    </message>
    <message>
        <source>%1 / %2 with the quote</source>
        <extracomment>The live character counter when the comment quotes a passage, which counts too: used / allowed</extracomment>
        <translation>%1 / %2（含引文）</translation>
    </message>
    <message>
        <source>%1 of %2 characters used, the quote included</source>
        <translation>已用 %1 / %2 个字符（含引文）</translation>
    </message>
    <message>
        <source>The reply is cancelled; your comment will be one of its own.</source>
        <translation>已取消回复；您的评论将单独发表。</translation>
    </message>
</context>
<context>
    <name>FeedbackPanel</name>
    <message>
        <source>Tell us what you think</source>
        <translation>说说你的看法</translation>
    </message>
    <message>
        <source>Problem with the saved comments</source>
        <translation>已保存的评论出现问题</translation>
    </message>
    <message>
        <source>No comment server is configured, so your comments are kept on this computer.</source>
        <translation>未配置评论服务器，因此你的评论保存在本机。</translation>
    </message>
    <message>
        <source>&amp;Latest comments</source>
        <translation>最新评论(&amp;L)</translation>
    </message>
    <message>
        <source>Retry sending the selected comment</source>
        <translation>重新发送所选评论</translation>
    </message>
    <message>
        <source>Tr&amp;y again</source>
        <translation>重试(&amp;Y)</translation>
    </message>
    <message>
        <source>Try loading the comments again</source>
        <translation>重新加载评论</translation>
    </message>
    <message>
        <source>Your comment will be sent again.</source>
        <translation>你的评论将重新发送。</translation>
    </message>
    <message>
        <source>Your comment is back in the form.</source>
        <translation>你的评论已放回表单。</translation>
    </message>
    <message>
        <source>Your comment was sent.</source>
        <translation>你的评论已发送。</translation>
    </message>
    <message>
        <source>Your comment was sent; it will appear once a moderator approves it.</source>
        <translation>你的评论已发送，审核通过后将会显示。</translation>
    </message>
    <message>
        <source>Your comment was not sent: %1</source>
        <translation>你的评论未发送：%1</translation>
    </message>
    <message>
        <source>The comments could not be loaded: %1</source>
        <translation>无法加载评论：%1</translation>
    </message>
    <message>
        <source>Your comment was sent, but the comment server marked it as spam: it will not appear unless a moderator approves it.</source>
        <translation>你的评论已发送，但评论服务器将其标记为垃圾评论：除非审核人员批准，否则不会显示。</translation>
    </message>
    <message>
        <source>Delete the selected comment</source>
        <translation>删除所选评论</translation>
    </message>
    <message>
        <source>Edit the selected comment</source>
        <translation>编辑所选评论</translation>
    </message>
    <message>
        <source>About your comments in the list</source>
        <translation>关于列表中你的评论</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Bring back the deleted comment</source>
        <translation>恢复已删除的评论</translation>
    </message>
    <message>
        <source>Bring back the deleted comment (Ctrl+Z in the list)</source>
        <translation>恢复已删除的评论（在列表中按 Ctrl+Z）</translation>
    </message>
    <message>
        <source>The comment was not sent again: %1</source>
        <translation>评论未重新发送：%1</translation>
    </message>
    <message>
        <source>A deleted comment can still be brought back.</source>
        <translation>已删除的评论仍可恢复。</translation>
    </message>
    <message>
        <source>Delete comment</source>
        <translation>删除评论</translation>
    </message>
    <message>
        <source>Delete this comment? It has not been sent. You can undo this while the window is open.</source>
        <translation>要删除这条评论吗？它尚未发送。在窗口关闭前，你可以撤销此操作。</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Your comment was deleted.</source>
        <translation>你的评论已删除。</translation>
    </message>
    <message>
        <source>Your comment was deleted. Press Ctrl+Z in the list, or Undo, to bring it back.</source>
        <translation>你的评论已删除。在列表中按 Ctrl+Z 或点击“撤销”可将其恢复。</translation>
    </message>
    <message>
        <source>Your comment is back. Undo brings back the one deleted before it.</source>
        <translation>你的评论已恢复。再次撤销可恢复在它之前删除的评论。</translation>
    </message>
    <message>
        <source>Your deleted comment is back.</source>
        <translation>已删除的评论已恢复。</translation>
    </message>
    <message>
        <source>Send or clear the comment in the form first; then Edit brings the other one back.</source>
        <translation>请先发送或清空表单中的评论；然后“编辑”会将另一条评论放回表单。</translation>
    </message>
    <message>
        <source>The comment was not put back into the form: %1</source>
        <translation>评论未放回表单：%1</translation>
    </message>
    <message>
        <source>Show new comments</source>
        <translation>显示新评论</translation>
    </message>
    <message numerus="yes">
        <source>%n new comment(s)</source>
        <extracomment>A button above the comment list; activating it shows the comments the server has got since</extracomment>
        <translation>
            <numerusform>%n 条新评论</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show %n new comment(s)</source>
        <translation>
            <numerusform>显示 %n 条新评论</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new comment(s) on the server</source>
        <translation>
            <numerusform>服务器上有 %n 条新评论</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new comment(s) shown</source>
        <translation>
            <numerusform>已显示 %n 条新评论</numerusform>
        </translation>
    </message>
    <message>
        <source>Reply to the selected comment</source>
        <translation>回复所选评论</translation>
    </message>
    <message>
        <source>Reply to the selected comment (R or Ctrl+R in the list)</source>
        <translation>回复所选评论（在列表中按 R 或 Ctrl+R）</translation>
    </message>
</context>
<context>
    <name>FeedbackSession</name>
    <message>
        <source>Your draft could not be saved: %1</source>
        <translation>无法保存你的草稿：%1</translation>
    </message>
    <message>
        <source>Comments cannot be sent yet.</source>
        <translation>暂时还不能发送评论。</translation>
    </message>
    <message>
        <source>Your comment could not be stored, so it was not sent; nothing you typed is lost. %1</source>
        <extracomment>%1 is the reason, e.g. &quot;the comment was not stored&quot;</extracomment>
        <translation>你的评论无法存储，因此未发送；你输入的内容没有丢失。%1</translation>
    </message>
    <message>
        <source>Your name and email could not be forgotten: %1</source>
        <translation>无法忘记你的名字和邮箱：%1</translation>
    </message>
    <message>
        <source>Comments cannot be changed yet.</source>
        <translation>暂时还不能更改评论。</translation>
    </message>
    <message>
        <source>The comment was not deleted: %1</source>
        <translation>评论未删除：%1</translation>
    </message>
    <message>
        <source>There is no deleted comment to bring back.</source>
        <translation>没有可恢复的已删除评论。</translation>
    </message>
    <message>
        <source>The deleted comment could not be brought back: %1</source>
        <translation>无法恢复已删除的评论：%1</translation>
    </message>
</context>
<context>
    <name>FigureChart</name>
    <message>
        <source>Figures chart</source>
        <translation>数据图表</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Accessible description of one bar: label, then the value with its unit</extracomment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>上一个匹配项</translation>
    </message>
    <message>
        <source>Go to the previous match (Shift+F3)</source>
        <translation>转到上一个匹配项（Shift+F3）</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>下一个匹配项</translation>
    </message>
    <message>
        <source>Go to the next match (F3)</source>
        <translation>转到下一个匹配项（F3）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>关闭查找栏</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <source>Find in article</source>
        <translation>在文章中查找</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <source>Search the article</source>
        <translation>搜索文章</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>匹配项</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>无匹配项</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>Find bar: the current match and how many there are, e.g. &quot;2 of 9&quot;</extracomment>
        <translation>第 %1 个，共 %2 个</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pilot Zones</source>
        <translation>Pilot Zones</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Pilot cities</source>
        <translation>试点城市(&amp;P)</translation>
    </message>
    <message>
        <source>Pilot cities</source>
        <translation>试点城市</translation>
    </message>
    <message>
        <source>The four national pilot zones for next-generation AI</source>
        <translation>四个国家新一代人工智能试点区</translation>
    </message>
    <message>
        <source>City details</source>
        <translation>城市详情</translation>
    </message>
    <message>
        <source>Text size %1%</source>
        <extracomment>Status after zooming; %1 is the text size in percent</extracomment>
        <translation>文字大小 %1%</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation>在文章中查找(&amp;F)……</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>查找上一个(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>重置缩放(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Pilot Zones</source>
        <translation>关于 Pilot Zones(&amp;A)</translation>
    </message>
    <message>
        <source>Sidebar, article and feedback</source>
        <translation>侧栏、文章和反馈</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)……</translation>
    </message>
    <message>
        <source>&amp;Export as PDF…</source>
        <translation>导出为 PDF(&amp;E)……</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>The article could not be printed.</source>
        <translation>无法打印文章。</translation>
    </message>
    <message>
        <source>Exported the article to %1</source>
        <extracomment>Status after exporting; %1 is the PDF&apos;s path</extracomment>
        <translation>已将文章导出到 %1</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>Printing and PDF export are not available: %1</source>
        <translation>无法打印或导出 PDF：%1</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Write your comment in the feedback form.</source>
        <translation>请在反馈表单中写下您的评论。</translation>
    </message>
    <message>
        <source>Co&amp;mment on This Passage</source>
        <translation>评论此段落(&amp;M)</translation>
    </message>
    <message>
        <source>Comment on the text selected in the article, quoting it</source>
        <translation>引用文章中选中的文字并发表评论</translation>
    </message>
    <message>
        <source>Commenting on the selected passage: write your comment.</source>
        <translation>正在评论选中的段落：请写下您的评论。</translation>
    </message>
    <message>
        <source>The quoted passage is marked in the article.</source>
        <translation>引用的段落已在文章中标出。</translation>
    </message>
    <message>
        <source>The quoted passage is not in the article.</source>
        <translation>文章中没有这个引用的段落。</translation>
    </message>
    <message>
        <source>Reading &amp;Settings…</source>
        <translation>阅读设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Reading settings saved</source>
        <translation>阅读设置已保存</translation>
    </message>
    <message>
        <source>Comments shown: the feedback form has the focus.</source>
        <translation>已显示评论：焦点在反馈表单上。</translation>
    </message>
    <message>
        <source>Comments folded away; %1 or the Comments button brings them back.</source>
        <extracomment>%1 is the shortcut of View → Comments</extracomment>
        <translation>评论已收起；按 %1 或点击“评论”按钮可重新显示。</translation>
    </message>
</context>
<context>
    <name>MessageFrame</name>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>ModuleLoader</name>
    <message>
        <source>%1 is not installed in %2.</source>
        <extracomment>%1 is a file name, %2 a list of folders</extracomment>
        <translation>%2 中没有安装 %1。</translation>
    </message>
    <message>
        <source>%1 cannot be loaded: %2</source>
        <extracomment>%1 is a file&apos;s path</extracomment>
        <translation>无法加载 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a module of this version of Pilot Zones.</source>
        <translation>%1 不是此版本 Pilot Zones 的模块。</translation>
    </message>
    <message>
        <source>Reading aloud is not available: %1</source>
        <translation>无法朗读：%1</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>No comment server is set up, so the comment stays on this computer.</source>
        <translation>未设置评论服务器，因此评论保留在本机。</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>服务器未及时响应。</translation>
    </message>
    <message>
        <source>The server could not be reached.</source>
        <translation>无法连接服务器。</translation>
    </message>
    <message>
        <source>The server refused the comment.</source>
        <translation>服务器拒绝了这条评论。</translation>
    </message>
    <message>
        <source>Your comment was not stored, so it was not sent; your text is kept. %1</source>
        <translation>你的评论未能存储，因此未发送；你的文字已保留。%1</translation>
    </message>
    <message>
        <source>The comment server already holds a comment with exactly this name, email and text, so it did not take this one again. If that one is not in the list, the server kept it as a reply to a comment that is gone: change the text a little and send it again.</source>
        <translation>评论服务器上已有一条名字、电子邮件和内容完全相同的评论，因此没有再次接收这一条。如果列表中看不到那一条，说明服务器把它保存成了对一条已不存在的评论的回复：请把内容稍作修改后再发送。</translation>
    </message>
</context>
<context>
    <name>PaneFolding</name>
    <message>
        <source>&amp;Comments</source>
        <translation>评论(&amp;C)</translation>
    </message>
    <message>
        <source>Show or hide the comments and the feedback form (%1)</source>
        <translation>显示或隐藏评论和反馈表单（%1）</translation>
    </message>
    <message>
        <source>Show or hide the comments and the feedback form</source>
        <translation>显示或隐藏评论和反馈表单</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>Shows or hides the comments and the feedback form</source>
        <translation>显示或隐藏评论和反馈表单</translation>
    </message>
</context>
<context>
    <name>PdfExportDialog</name>
    <message>
        <source>Export as PDF</source>
        <translation>导出为 PDF</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>PDF 文件</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)……</translation>
    </message>
    <message>
        <source>Choose the PDF file</source>
        <translation>选择 PDF 文件</translation>
    </message>
    <message>
        <source>&amp;Append the four pilot cities (names, region, mandate, figures, mentions)</source>
        <translation>附上四个试点城市（名称、所属地区、要求、数据、提及次数）(&amp;A)</translation>
    </message>
    <message>
        <source>Append the four pilot cities</source>
        <translation>附上四个试点城市</translation>
    </message>
    <message>
        <source>Export problem</source>
        <translation>导出问题</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PrintPlugin</name>
    <message>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>Append the Pilot &amp;Cities</source>
        <translation>附上试点城市(&amp;C)</translation>
    </message>
</context>
<context>
    <name>PrintableArticle</name>
    <message>
        <source>%1 %2 %3</source>
        <extracomment>A sum of money as the article writes it: currency, number, scale, e.g. &quot;RMB 477.202 billion&quot;</extracomment>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A figure with its unit, e.g. &quot;12.5 km&quot;
----------
City name in English and Chinese, e.g. &quot;Shenzhen 深圳&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A figure with the context the article gives, e.g. &quot;RMB 477.202 billion (up 10.9% year on year)&quot;</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The pilot cities</source>
        <translation>试点城市</translation>
    </message>
    <message>
        <source>Municipality of %1</source>
        <translation>直辖市：%1</translation>
    </message>
    <message>
        <source>%1 province</source>
        <translation>省份：%1</translation>
    </message>
    <message>
        <source>Mandate: “%1”</source>
        <extracomment>The ministry&apos;s requirement for the city, quoted</extracomment>
        <translation>要求：“%1”</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>One figure of a city: its label, then the value, e.g. &quot;Sales: RMB 477.202 billion&quot;</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Mentions in the article: %1</source>
        <extracomment>How often the article names the city; %1 is a number</extracomment>
        <translation>文中提及次数：%1</translation>
    </message>
</context>
<context>
    <name>QtSpeechEngine</name>
    <message>
        <source>Reading aloud needs a speech engine: install speech-dispatcher and espeak-ng.</source>
        <translation>朗读需要语音引擎：请安装 speech-dispatcher 和 espeak-ng。</translation>
    </message>
    <message>
        <source>The speech engine could not start: %1</source>
        <translation>语音引擎无法启动：%1</translation>
    </message>
    <message>
        <source>The speech engine has no voice: install espeak-ng.</source>
        <translation>语音引擎没有可用的语音：请安装 espeak-ng。</translation>
    </message>
</context>
<context>
    <name>ReadAloudBar</name>
    <message>
        <source>Reading aloud stopped: %1</source>
        <translation>朗读已停止：%1</translation>
    </message>
    <message>
        <source>Preparing to read aloud…</source>
        <translation>正在准备朗读……</translation>
    </message>
    <message>
        <source>Read &amp;Aloud</source>
        <translation>朗读(&amp;A)</translation>
    </message>
    <message>
        <source>Read the article aloud from the selection or from the top of the view</source>
        <translation>从所选位置或当前视图顶部开始朗读文章</translation>
    </message>
    <message>
        <source>Reading aloud paused</source>
        <translation>朗读已暂停</translation>
    </message>
    <message>
        <source>Reading aloud</source>
        <translation>正在朗读</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>Resume reading aloud</source>
        <translation>继续朗读</translation>
    </message>
    <message>
        <source>Pause reading aloud</source>
        <translation>暂停朗读</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>Stop reading aloud</source>
        <translation>停止朗读</translation>
    </message>
    <message>
        <source>R&amp;ate:</source>
        <translation>语速(&amp;A)：</translation>
    </message>
    <message>
        <source>Reading rate</source>
        <translation>朗读语速</translation>
    </message>
    <message>
        <source>Slower to the left, faster to the right</source>
        <translation>向左变慢，向右变快</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>朗读</translation>
    </message>
</context>
<context>
    <name>ReadAloudController</name>
    <message>
        <source>The speech engine stopped responding.</source>
        <translation>语音引擎停止响应。</translation>
    </message>
    <message>
        <source>No speech engine is installed.</source>
        <translation>未安装语音引擎。</translation>
    </message>
    <message>
        <source>The speech engine failed.</source>
        <translation>语音引擎出错。</translation>
    </message>
</context>
<context>
    <name>ReadingProgressLabel</name>
    <message>
        <source>Reading progress</source>
        <translation>阅读进度</translation>
    </message>
</context>
<context>
    <name>ReadingSettingsDialog</name>
    <message>
        <source>Reading Settings</source>
        <translation>阅读设置</translation>
    </message>
    <message>
        <source>Reading settings</source>
        <translation>阅读设置</translation>
    </message>
    <message>
        <source>&amp;Typeface:</source>
        <translation>字体(&amp;T):</translation>
    </message>
    <message>
        <source>Text &amp;size:</source>
        <translation>文字大小(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Line spacing:</source>
        <translation>行距(&amp;L):</translation>
    </message>
    <message>
        <source>Column &amp;width:</source>
        <translation>栏宽(&amp;W):</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>主题(&amp;H):</translation>
    </message>
    <message>
        <source>Typeface</source>
        <translation>字体</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>文字大小</translation>
    </message>
    <message>
        <source>Line spacing</source>
        <translation>行距</translation>
    </message>
    <message>
        <source> ×</source>
        <extracomment>The line spacing control&apos;s suffix: the spacing is a multiple of the font&apos;s own line height</extracomment>
        <translation> 倍</translation>
    </message>
    <message>
        <source>Column width</source>
        <translation>栏宽</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Reset to Defaults</source>
        <translation>恢复默认设置(&amp;R)</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>恢复默认设置</translation>
    </message>
    <message>
        <source>Sans serif</source>
        <translation>无衬线体</translation>
    </message>
    <message>
        <source>Serif</source>
        <translation>衬线体</translation>
    </message>
    <message>
        <source>System font</source>
        <translation>系统字体</translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>A text size in percent of the desktop&apos;s</extracomment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Narrow (%1 characters)</source>
        <extracomment>Column widths; %1 is the number of characters on a line</extracomment>
        <translation>窄(每行 %1 个字符)</translation>
    </message>
    <message>
        <source>Medium (%1 characters)</source>
        <translation>中(每行 %1 个字符)</translation>
    </message>
    <message>
        <source>Wide (%1 characters)</source>
        <translation>宽(每行 %1 个字符)</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation>护眼(棕褐)</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
</context>
<context>
    <name>ReadingTime</name>
    <message>
        <source>Finished</source>
        <extracomment>Reading progress at the end of the article</extracomment>
        <translation>已读完</translation>
    </message>
    <message>
        <source>%1 % · less than a minute left</source>
        <extracomment>Reading progress: %1 is the percentage read, then the time left</extracomment>
        <translation>已读 %1%，剩余不到 1 分钟</translation>
    </message>
    <message numerus="yes">
        <source>%1 % · about %n min left</source>
        <extracomment>Reading progress: %1 is the percentage read, %n the minutes left to read</extracomment>
        <translation>
            <numerusform>已读 %1%，剩余约 %n 分钟</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplyBanner</name>
    <message>
        <source>Anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <source>Replying to %1</source>
        <extracomment>Above the comment field while the reader answers a comment; %1 is that comment&apos;s author</extracomment>
        <translation>回复 %1</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Cancel repl&amp;y</source>
        <translation>取消回复(&amp;Y)</translation>
    </message>
    <message>
        <source>Cancel reply</source>
        <translation>取消回复</translation>
    </message>
    <message>
        <source>Send the comment on its own instead of as a reply</source>
        <translation>将评论单独发表，而不是作为回复</translation>
    </message>
</context>
<context>
    <name>SendDisclosure</name>
    <message>
        <source>Send gives %1 your name and email (if you give them), your comment, this article&apos;s address and the app&apos;s version; the server keeps them.</source>
        <extracomment>One line above the comment list before the first comment goes to a server; %1 is the server&apos;s host</extracomment>
        <translation>点击“发送”会将你的名字和邮箱（如果填写）、你的评论、本文地址和应用版本发送给 %1；服务器会保存这些内容。</translation>
    </message>
</context>
<context>
    <name>SendNotice</name>
    <message>
        <source>What is sent?</source>
        <translation>发送哪些内容？</translation>
    </message>
    <message>
        <source>Show exactly what a comment sends to the server</source>
        <translation>准确显示一条评论会向服务器发送哪些内容</translation>
    </message>
    <message>
        <source>What is sent to the comment server</source>
        <translation>发送给评论服务器的内容</translation>
    </message>
</context>
<context>
    <name>SentFieldsDialog</name>
    <message>
        <source>What is sent</source>
        <translation>发送的内容</translation>
    </message>
    <message>
        <source>When you press Send, Pilot Zones sends one request, POST %1, with these JSON fields. The comment server keeps what it receives.</source>
        <translation>当你点击“发送”时，Pilot Zones 会发送一个请求（POST %1），包含以下 JSON 字段。评论服务器会保存它收到的内容。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>What it carries</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Fields of the request</source>
        <translation>请求的字段</translation>
    </message>
    <message>
        <source>%1 Sent as: %2</source>
        <extracomment>A field&apos;s description, then the value it always has, e.g. the article&apos;s address</extracomment>
        <translation>%1 发送的值：%2</translation>
    </message>
    <message>
        <source>%1 Left out when empty.</source>
        <extracomment>A field&apos;s description for a field left out when the reader leaves it empty</extracomment>
        <translation>%1 为空时不发送。</translation>
    </message>
    <message>
        <source>Nothing else leaves this computer: the city you choose in About stays with your copy of the comment. Loading the comments asks the same server for this article&apos;s thread.</source>
        <translation>除此之外，没有任何内容离开这台电脑：你在“针对”中选择的城市只保存在你本机的评论副本中。加载评论时，会向同一服务器请求本文的讨论。</translation>
    </message>
</context>
<context>
    <name>ServerChoice</name>
    <message>
        <source>The comment server in the setting %1 cannot be used: %2 Comments are kept on this computer.</source>
        <translation>无法使用设置项 %1 中的评论服务器：%2 评论将保存在本机。</translation>
    </message>
</context>
<context>
    <name>ShortcutListModel</name>
    <message>
        <source>No shortcut</source>
        <translation>无快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>菜单</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>Search the shortcuts</source>
        <translation>搜索快捷键</translation>
    </message>
    <message>
        <source>Action or key</source>
        <translation>操作或按键</translation>
    </message>
    <message>
        <source>Actions and their shortcuts</source>
        <translation>操作及其快捷键</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>WalineClient</name>
    <message>
        <source>Enter the address of the comment server, for example https://comments.example.com.</source>
        <translation>请输入评论服务器的地址，例如 https://comments.example.com。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid address.</source>
        <translation>“%1”不是有效的地址。</translation>
    </message>
    <message>
        <source>The comment server address must start with http:// or https://.</source>
        <translation>评论服务器地址必须以 http:// 或 https:// 开头。</translation>
    </message>
    <message>
        <source>The comment server address has no host name.</source>
        <translation>评论服务器地址中没有主机名。</translation>
    </message>
    <message>
        <source>The comment server address must not contain a user name or password.</source>
        <translation>评论服务器地址中不能包含用户名或密码。</translation>
    </message>
    <message>
        <source>The comment server address must not contain &quot;?&quot; or &quot;#&quot;.</source>
        <translation>评论服务器地址中不能包含“?”或“#”。</translation>
    </message>
    <message>
        <source>This comment is already being sent.</source>
        <translation>这条评论已在发送中。</translation>
    </message>
</context>
<context>
    <name>WalineProtocol</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The server answered with something that is not a comment server reply, so it is not known whether the comment arrived. Check the server address.</source>
        <translation>服务器返回的内容不是评论服务器的响应，因此无法确定评论是否送达。请检查服务器地址。</translation>
    </message>
    <message>
        <source>The comment server&apos;s answer was larger than %1 KiB, so it was cut off.</source>
        <translation>评论服务器的响应超过 %1 KiB，已被截断。</translation>
    </message>
    <message>
        <source>The comment server&apos;s certificate is not accepted: %1</source>
        <translation>评论服务器的证书不被接受：%1</translation>
    </message>
    <message>
        <source>A secure connection to the comment server could not be made: %1</source>
        <translation>无法与评论服务器建立安全连接：%1</translation>
    </message>
    <message>
        <source>The comment server refused the connection; it may not be running.</source>
        <translation>评论服务器拒绝了连接，可能未在运行。</translation>
    </message>
    <message>
        <source>The comment server closed the connection before it finished answering.</source>
        <translation>评论服务器在响应完成前关闭了连接。</translation>
    </message>
    <message>
        <source>The comment server&apos;s host name could not be found.</source>
        <translation>找不到评论服务器的主机名。</translation>
    </message>
    <message>
        <source>The connection to the comment server timed out.</source>
        <translation>与评论服务器的连接超时。</translation>
    </message>
    <message>
        <source>The comment server redirected to another address, which was not followed. Check the server address.</source>
        <translation>评论服务器重定向到了另一个地址，未予跟随。请检查服务器地址。</translation>
    </message>
    <message>
        <source>The network proxy asks for a user name and password.</source>
        <translation>网络代理要求提供用户名和密码。</translation>
    </message>
    <message>
        <source>The comment server could not be asked: %1</source>
        <translation>无法向评论服务器发出请求：%1</translation>
    </message>
    <message>
        <source>Could not reach the comment server: %1</source>
        <translation>无法连接评论服务器：%1</translation>
    </message>
    <message>
        <source>A comment has no objectId.</source>
        <translation>有一条评论缺少 objectId。</translation>
    </message>
    <message>
        <source>Comment %1 has no text (&quot;orig&quot;).</source>
        <translation>评论 %1 没有文字（“orig”）。</translation>
    </message>
    <message>
        <source>Comment %1 has no time.</source>
        <translation>评论 %1 没有时间。</translation>
    </message>
    <message>
        <source>Comment %1 has replies that are not a list.</source>
        <translation>评论 %1 的回复不是列表。</translation>
    </message>
    <message>
        <source>A reply to comment %1 is not an object.</source>
        <translation>评论 %1 的一条回复不是对象。</translation>
    </message>
    <message>
        <source>The comment server could not list the comments (error %1).</source>
        <translation>评论服务器无法列出评论（错误 %1）。</translation>
    </message>
    <message>
        <source>The comment server could not list the comments: %1</source>
        <translation>评论服务器无法列出评论：%1</translation>
    </message>
    <message>
        <source>The comment server sent a comment list that cannot be read: %1</source>
        <translation>评论服务器发来的评论列表无法读取：%1</translation>
    </message>
    <message>
        <source>The comment server redirected the comment (HTTP %1) without saying where; it was not sent again. Check the server address.</source>
        <translation>评论服务器重定向了评论（HTTP %1），但未说明目标地址；评论未重新发送。请检查服务器地址。</translation>
    </message>
    <message>
        <source>The comment server redirected the comment to %1 (HTTP %2); it was not sent there. Check the server address.</source>
        <translation>评论服务器将评论重定向到 %1（HTTP %2）；评论未发往该地址。请检查服务器地址。</translation>
    </message>
    <message>
        <source>The comment server could not take the comment now (HTTP %1).</source>
        <translation>评论服务器暂时无法接收评论（HTTP %1）。</translation>
    </message>
    <message>
        <source>The comment server could not take the comment now (HTTP %1): %2</source>
        <translation>评论服务器暂时无法接收评论（HTTP %1）：%2</translation>
    </message>
    <message>
        <source>The comment server refused the comment (HTTP %1).</source>
        <translation>评论服务器拒绝了评论（HTTP %1）。</translation>
    </message>
    <message>
        <source>The comment server refused the comment (HTTP %1): %2</source>
        <translation>评论服务器拒绝了评论（HTTP %1）：%2</translation>
    </message>
    <message>
        <source>The comment server gave an unexpected answer (HTTP %1).</source>
        <translation>评论服务器返回了意外的响应（HTTP %1）。</translation>
    </message>
    <message>
        <source>The comment server asks to wait a little between comments; it will be sent again later.</source>
        <translation>评论服务器要求两次评论之间稍等片刻；稍后将重新发送。</translation>
    </message>
    <message>
        <source>The comment server did not accept the comment: %1</source>
        <translation>评论服务器未接受评论：%1</translation>
    </message>
    <message>
        <source>The comment server refused the comment (error %1).</source>
        <translation>评论服务器拒绝了评论（错误 %1）。</translation>
    </message>
    <message>
        <source>The comment server refused the comment: %1</source>
        <translation>评论服务器拒绝了评论：%1</translation>
    </message>
    <message>
        <source>The comment server could not list the comments (HTTP %1).</source>
        <translation>评论服务器无法列出评论（HTTP %1）。</translation>
    </message>
    <message>
        <source>The comment server could not list the comments (HTTP %1): %2</source>
        <translation>评论服务器无法列出评论（HTTP %1）：%2</translation>
    </message>
    <message>
        <source>The server answered with something that is not a comment server reply, so the comments could not be listed. Check the server address.</source>
        <translation>服务器返回的内容不是评论服务器的响应，因此无法列出评论。请检查服务器地址。</translation>
    </message>
    <message>
        <source>The comment server did not answer in time (within %1 s).</source>
        <translation>评论服务器未在规定时间（%1 秒）内响应。</translation>
    </message>
    <message>
        <source>The comment you replied to is no longer on the comment server, so your reply cannot appear under it (the server said: %1). The server kept this text all the same: to send it as a comment of its own, cancel the reply and change the text a little.</source>
        <translation>您回复的评论已不在评论服务器上，因此您的回复无法显示在它下面（服务器的说法：%1）。服务器仍保存了这段内容：如要将其单独发表，请取消回复并把内容稍作修改。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Pilot Zones cannot start</source>
        <translation>Pilot Zones 无法启动</translation>
    </message>
</context>
</TS>

# The header's folded menus and what the footer says a visit leaves behind.
nav-summary = Menu
language-picker-summary = Language
footer-browser-history = Your browser keeps a list of the pages you visit (its history), unless you use a private or incognito window. Anyone who uses this device may see that this site was opened.
footer-site-keeps = This site sets no cookies and uses no tracking, and its logs do not keep your IP address. It keeps only what you send us in a form or a chat.
footer-browse-safely = How to browse more safely

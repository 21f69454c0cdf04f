#!/usr/bin/env python3
"""Builds the sample article as web pages and office documents, for Bitext's document readers.

fr.html and en.html render fr.txt and en.txt paragraph for paragraph, as a news site would:
a headline, figure captions, a byline and headings, with what a real page carries around the
text (navigation, scripts, styles, comments, character references) that Bitext must leave out.
fr.docx/en.docx, fr.odt/en.odt and fr.pdf/en.pdf are LibreOffice's conversions of the same pages without the
site's furniture (a word processor keeps navigation and footers as text), made with
`soffice --headless --convert-to docx|odt|pdf` when LibreOffice is installed.

Run from anywhere: python3 Corpora/lukashenko-2022/documents/make.py
"""
import html
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.dirname(HERE)

# The role of each paragraph of the article (same in both languages): the section label, the
# headline, a figure (title, caption, credit), the byline, the site's headings.
ROLES = {0: "label", 1: "h1", 6: "figure", 17: "h3", 19: "h2", 20: "h2"}

NAV = {"fr": ["Accueil", "Monde", "Politique", "Contact"],
       "en": ["Home", "World", "Politics", "Contact"]}


def text(value):
    """Escapes text, writing some characters as references as web pages do."""
    escaped = html.escape(value, quote=False)
    return (escaped.replace("\u2019", "&rsquo;").replace("\u00a0", "&nbsp;")
            .replace("\u00ab", "&laquo;").replace("\u00bb", "&#187;"))


def page(language, furniture=True):
    with open(os.path.join(SAMPLE, f"{language}.txt"), encoding="utf-8") as f:
        paragraphs = f.read().strip("\n").split("\n\n")
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{language}">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{text(paragraphs[1])}</title>",
        "<style>body { font-family: serif; } p::before { content: 'never text'; }</style>",
        "<script>var tracking = '<p>not text</p>'; if (1 < 2) { console.log(\"x\"); }</script>",
        "</head>",
        "<body>",
    ]
    if furniture:
        out += [
            "<header><a href=\"/\">Le Site / The Site</a></header>",
            "<nav><ul>" + "".join(f"<li><a href=\"#\">{item}</a></li>" for item in NAV[language])
            + "</ul></nav>",
        ]
    out += [
        "<main>",
        "<article>",
    ]
    for index, paragraph in enumerate(paragraphs):
        role = ROLES.get(index, "p")
        if role == "label":
            out.append(f'<p class="category"><a href="#">{text(paragraph)}</a></p>')
        elif role in ("h1", "h2", "h3"):
            out.append(f"<{role}>{text(paragraph)}</{role}>")
        elif role == "figure":
            title, caption, credit = paragraph.split("\n")
            out.append(f"<h2>{text(title)}</h2>")
            out.append('<figure><img src="lukashenko.jpg" alt="">')
            out.append(f"<figcaption>{text(caption)}<br><small>{text(credit)}</small></figcaption>")
            out.append("</figure>")
        else:
            # Hard-wrapped source, as pages often are, and an inline element.
            words = text(paragraph).split(" ")
            middle = len(words) // 2
            out.append("<p>" + " ".join(words[:middle]) + "\n   <span>"
                       + " ".join(words[middle:]) + "</span></p>")
        if index == 3:
            out.append("<!-- <p>An old paragraph, commented out.</p> -->")
    out += ["</article>", "</main>"]
    if furniture:
        out += [
            "<aside><p>Publicité / Advertisement</p></aside>",
            "<footer><p>© 2022</p></footer>",
            "<noscript><p>Enable JavaScript.</p></noscript>",
        ]
    out += [
        "</body>",
        "</html>",
        "",
    ]
    return "\n".join(out)


def main():
    for language in ("fr", "en"):
        with open(os.path.join(HERE, f"{language}.html"), "w", encoding="utf-8") as f:
            f.write(page(language))
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print("soffice not found: office documents not rebuilt", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as work:
        for language in ("fr", "en"):
            article = os.path.join(work, f"{language}.html")
            with open(article, "w", encoding="utf-8") as f:
                f.write(page(language, furniture=False))
            for target in ("docx:MS Word 2007 XML", "odt:writer8", "pdf:writer_web_pdf_Export"):
                subprocess.run(
                    [soffice, f"-env:UserInstallation=file://{work}/profile", "--headless",
                     "--infilter=HTML (StarWriter)", "--convert-to", target, "--outdir", HERE,
                     article],
                    check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


if __name__ == "__main__":
    main()

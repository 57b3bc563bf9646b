#include "TranslationCatalogue.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <algorithm>

namespace Tidewatch::TranslationCatalogue {

namespace {

Message readMessage(QXmlStreamReader &xml, const QString &context)
{
    Message m;
    m.context = context;
    m.line = xml.lineNumber();
    m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("source")) {
            m.source = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (xml.name() == QLatin1String("comment")) {
            m.comment = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (xml.name() == QLatin1String("translation")) {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!m.numerus) {
                m.translations << xml.readElementText(QXmlStreamReader::IncludeChildElements);
                continue;
            }
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("numerusform"))
                    m.translations << xml.readElementText(QXmlStreamReader::IncludeChildElements);
                else
                    xml.skipCurrentElement();
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    return m;
}

QString describe(const Message &m)
{
    return m.context + QStringLiteral(" | ") + m.source +
           (m.comment.isEmpty() ? QString() : QStringLiteral(" | ") + m.comment) +
           (m.numerus ? QStringLiteral(" | numerus") : QString());
}

QStringList lines(const QByteArray &output)
{
    QStringList out = QString::fromUtf8(output).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (QString &line : out)
        line = line.trimmed();
    out.removeAll(QString());
    return out;
}

} // namespace

Catalogue read(const QString &path)
{
    Catalogue c;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        c.error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return c;
    }
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("TS"))
            c.language = xml.attributes().value(QLatin1String("language")).toString();
        else if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("message"))
            c.messages << readMessage(xml, context);
    }
    if (xml.hasError())
        c.error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return c;
}

bool write(const Catalogue &catalogue, const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = file.errorString();
        return false;
    }
    QXmlStreamWriter xml(&file);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeDTD(QStringLiteral("<!DOCTYPE TS>"));
    xml.writeStartElement(QStringLiteral("TS"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("2.1"));
    xml.writeAttribute(QStringLiteral("language"), catalogue.language);
    QString context;
    bool open = false;
    for (const Message &m : catalogue.messages) {
        if (!open || m.context != context) {
            if (open)
                xml.writeEndElement();
            xml.writeStartElement(QStringLiteral("context"));
            xml.writeTextElement(QStringLiteral("name"), m.context);
            context = m.context;
            open = true;
        }
        xml.writeStartElement(QStringLiteral("message"));
        if (m.numerus)
            xml.writeAttribute(QStringLiteral("numerus"), QStringLiteral("yes"));
        xml.writeTextElement(QStringLiteral("source"), m.source);
        if (!m.comment.isEmpty())
            xml.writeTextElement(QStringLiteral("comment"), m.comment);
        xml.writeStartElement(QStringLiteral("translation"));
        if (!m.type.isEmpty())
            xml.writeAttribute(QStringLiteral("type"), m.type);
        if (m.numerus) {
            for (const QString &form : m.translations)
                xml.writeTextElement(QStringLiteral("numerusform"), form);
        } else {
            xml.writeCharacters(m.translations.value(0));
        }
        xml.writeEndElement(); // translation
        xml.writeEndElement(); // message
    }
    if (open)
        xml.writeEndElement();
    xml.writeEndElement(); // TS
    xml.writeEndDocument();
    if (!file.flush() || xml.hasError()) {
        *error = QStringLiteral("cannot write %1").arg(path);
        return false;
    }
    return true;
}

int numerusForms(const QString &language)
{
    // Qt's numerus rules (Qt Linguist's manual, "Plurals"): Czech one / few (2-4) / other, German
    // singular / plural.
    const QString code = language.left(2);
    if (code == QLatin1String("cs"))
        return 3;
    if (code == QLatin1String("de") || code == QLatin1String("en"))
        return 2;
    return 0;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(%L?(?:[1-9][0-9]?|n)|\{\{.*?\}\})"));
    QStringList out;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        out << it.next().captured().remove(QLatin1Char(' '));
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

QStringList problems(const Catalogue &catalogue, const QString &fileName)
{
    QStringList out;
    const int forms = numerusForms(catalogue.language);
    for (const Message &m : catalogue.messages) {
        const auto add = [&](const QString &kind) {
            out << QStringLiteral("%1:%2: %3: %4: %5")
                       .arg(fileName)
                       .arg(m.line)
                       .arg(m.context, kind, m.source);
        };
        if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete")) {
            add(QStringLiteral("obsolete"));
            continue;
        }
        if (m.type == QLatin1String("unfinished")) {
            add(QStringLiteral("unfinished"));
            continue;
        }
        if (m.translations.isEmpty() || std::any_of(m.translations.cbegin(), m.translations.cend(),
                                                    [](const QString &t) { return t.isEmpty(); })) {
            add(QStringLiteral("empty"));
            continue;
        }
        if (m.numerus && m.translations.size() != forms)
            add(QStringLiteral("numerus forms (%1 of %2)").arg(m.translations.size()).arg(forms));
        const QStringList expected = placeholders(m.source);
        for (const QString &t : m.translations) {
            if (const QStringList got = placeholders(t); got != expected) {
                add(QStringLiteral("placeholders (%1 in the source, %2 in the translation)")
                        .arg(expected.join(QLatin1Char(' ')), got.join(QLatin1Char(' '))));
                break;
            }
        }
    }
    return out;
}

QSet<QString> keys(const Catalogue &catalogue)
{
    QSet<QString> out;
    for (const Message &m : catalogue.messages)
        out.insert(describe(m));
    return out;
}

QStringList differences(const Catalogue &committed, const Catalogue &fresh)
{
    const QSet<QString> have = keys(committed);
    const QSet<QString> want = keys(fresh);
    QStringList missing;
    QStringList excess;
    for (const QString &k : want) {
        if (!have.contains(k))
            missing << QStringLiteral("missing: ") + k;
    }
    for (const QString &k : have) {
        if (!want.contains(k))
            excess << QStringLiteral("not in the sources: ") + k;
    }
    missing.sort();
    excess.sort();
    return missing + excess;
}

Catalogue filledWithDummies(const Catalogue &catalogue)
{
    Catalogue out = catalogue;
    const int forms = numerusForms(catalogue.language);
    for (Message &m : out.messages) {
        m.type.clear();
        const QString dummy = QStringLiteral("‹") + m.source + QStringLiteral("›");
        m.translations = m.numerus ? QStringList(forms, dummy) : QStringList{dummy};
    }
    return out;
}

QStringList runLupdate(const QString &lupdate, const QString &sourcesList, const QString &tsFile, bool *ok)
{
    QProcess process;
    process.start(lupdate,
                  {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("relative"),
                   QLatin1Char('@') + sourcesList, QStringLiteral("-ts"), tsFile});
    *ok = process.waitForFinished(300000) && process.exitStatus() == QProcess::NormalExit &&
          process.exitCode() == 0;
    QStringList out = lines(process.readAllStandardError());
    if (!*ok)
        out << QStringLiteral("lupdate failed: %1").arg(process.errorString());
    return out;
}

QStringList runLrelease(const QString &lrelease, const QString &tsFile, const QString &qmFile)
{
    QProcess process;
    process.start(lrelease, {tsFile, QStringLiteral("-qm"), qmFile});
    const bool finished = process.waitForFinished(120000);
    QStringList errors;
    for (const QString &line : lines(process.readAllStandardError())) {
        if (line.contains(QLatin1String("rror")))
            errors << line;
    }
    if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        errors << QStringLiteral("lrelease failed (exit code %1): %2")
                      .arg(process.exitCode())
                      .arg(process.errorString());
    return errors;
}

} // namespace Tidewatch::TranslationCatalogue

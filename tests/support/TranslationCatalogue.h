#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

/// Reading and checking Qt Linguist catalogues (.ts) for tst_translations: what is unfinished or
/// wrong in a translation, whether the file is up to date with the sources (lupdate), and whether
/// lrelease accepts it.
namespace Tidewatch::TranslationCatalogue {

struct Message
{
    QString context;
    QString source;
    QString comment; ///< the disambiguation (`<comment>`), part of the message's identity
    bool numerus = false;
    QString type;             ///< the translation's type: "" (finished), "unfinished", "vanished", "obsolete"
    QStringList translations; ///< the translation, or each numerus form
    qint64 line = 0;          ///< where the message starts in the .ts file
};

struct Catalogue
{
    QString language; ///< the TS element's language, e.g. "cs_CZ"
    QList<Message> messages;
    QString error; ///< non-empty: the file could not be read
};

Catalogue read(const QString &path);
/// Writes @p catalogue as a .ts file (no locations); false with @p error when it cannot.
bool write(const Catalogue &catalogue, const QString &path, QString *error);

/// How many plural forms Qt's numerus rules give @p language ("cs_CZ": 3, "de_DE": 2); 0 when unknown.
int numerusForms(const QString &language);
/// The placeholders of @p text, sorted and without repeats: %1..%99, %L1.., %n, %Ln, and alert
/// template actions such as `{{ $labels.cluster }}` (spaces removed).
QStringList placeholders(const QString &text);

/// Every problem of every message, one line each ("file.ts:LINE: CONTEXT: KIND: source"), where KIND
/// is one of: unfinished, empty, placeholders, numerus forms, obsolete. @p fileName prefixes each line.
QStringList problems(const Catalogue &catalogue, const QString &fileName);
/// The identity of each message: context, source, comment and numerus, one string each.
QSet<QString> keys(const Catalogue &catalogue);
/// The differences between the messages of @p committed and @p fresh (lupdate's view of the sources):
/// "missing: ..." for messages the file lacks, "not in the sources: ..." for those it has in excess.
QStringList differences(const Catalogue &committed, const Catalogue &fresh);

/// A copy of @p catalogue with every message finished: "‹source›" (each numerus form too, as many as
/// the language has), placeholders kept.
Catalogue filledWithDummies(const Catalogue &catalogue);

/// Runs @p lupdate with the options of app/CMakeLists.txt (`-no-obsolete -locations relative`) over the
/// files listed in @p sourcesList into @p tsFile (updated in place). Returns lupdate's warnings and
/// errors; @p ok is false when it could not run or failed.
QStringList runLupdate(const QString &lupdate, const QString &sourcesList, const QString &tsFile, bool *ok);
/// Runs @p lrelease on @p tsFile into @p qmFile. Returns its errors (empty when it succeeded).
QStringList runLrelease(const QString &lrelease, const QString &tsFile, const QString &qmFile);

} // namespace Tidewatch::TranslationCatalogue

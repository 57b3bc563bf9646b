#pragma once

#include <QList>
#include <QString>

namespace Tidewatch::DefaultRuleTexts {

/// One summary or description of a built-in rule, as lupdate reads it: the English text and the
/// comment "rule NAME: summary" (or "...: description") that tells the translations apart.
struct Text
{
    const char *source;
    const char *comment;
};

/// Every summary and description of alerts/default-rules.json, in the file's order (context
/// "DefaultRules"). tst_translations checks the two agree; scripts/default-rule-texts.py rewrites
/// the table.
QList<Text> all();

/// @p text in the interface language when it is the text of @p field ("summary" or "description") of the
/// built-in rule @p ruleName and the catalogue translates it; otherwise @p text as it is, so a rule
/// the user wrote or changed stays as written. Exported rules never pass through here (English).
QString translated(const QString &ruleName, const char *field, const QString &text);

} // namespace Tidewatch::DefaultRuleTexts

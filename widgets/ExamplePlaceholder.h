#pragma once

#include <QString>

class QLineEdit;
class QPlainTextEdit;

namespace Tidewatch {

/// Placeholders that cannot be mistaken for a value: the text reads "e.g. <example>" (or whatever
/// @p text says, for ExamplePlaceholder::setText), and an empty field shows it in italics in Qt's
/// placeholder grey, so an empty field never looks filled in.
namespace ExamplePlaceholder {

/// "e.g. @p example" as @p edit's placeholder, italic while the field is empty.
void set(QLineEdit *edit, const QString &example);
void set(QPlainTextEdit *edit, const QString &example);
/// @p text as it is (already worded as a hint, e.g. "default: …"), italic while the field is empty.
void setText(QLineEdit *edit, const QString &text);
/// "e.g. @p example": the placeholder wording, for tests and tooltips.
QString text(const QString &example);

} // namespace ExamplePlaceholder

} // namespace Tidewatch

#include "ExamplePlaceholder.h"

#include <QCoreApplication>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace Tidewatch::ExamplePlaceholder {

namespace {

struct ExamplePlaceholderText
{
    Q_DECLARE_TR_FUNCTIONS(ExamplePlaceholder)
};

/// Italic while empty (the placeholder shows), upright once the user types.
void italicWhileEmpty(QWidget *edit, bool empty)
{
    QFont font = edit->font();
    if (font.italic() != empty) {
        font.setItalic(empty);
        edit->setFont(font);
    }
}

} // namespace

QString text(const QString &example)
{
    return ExamplePlaceholderText::tr("e.g. %1").arg(example);
}

void setText(QLineEdit *edit, const QString &hint)
{
    edit->setPlaceholderText(hint);
    italicWhileEmpty(edit, edit->text().isEmpty());
    QObject::connect(edit, &QLineEdit::textChanged, edit,
                     [edit](const QString &now) { italicWhileEmpty(edit, now.isEmpty()); });
}

void set(QLineEdit *edit, const QString &example)
{
    setText(edit, text(example));
}

void set(QPlainTextEdit *edit, const QString &example)
{
    edit->setPlaceholderText(text(example));
    italicWhileEmpty(edit, edit->document()->isEmpty());
    QObject::connect(edit, &QPlainTextEdit::textChanged, edit,
                     [edit] { italicWhileEmpty(edit, edit->document()->isEmpty()); });
}

} // namespace Tidewatch::ExamplePlaceholder

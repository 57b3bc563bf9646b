#pragma once

#include "AlertRule.h"

#include <QMap>
#include <QStringList>
#include <QWidget>

class QTableWidget;

namespace Tidewatch {

/// Rows of label name, (operator,) value for the rule form: the label matchers of a rule (with an
/// operator column = != =~ !~) or its extra labels (name → value). Names and values are editable
/// combo boxes offering what the chosen metric's current samples carry.
class LabelRowsEditor : public QWidget
{
    Q_OBJECT
public:
    enum class Kind
    {
        Matchers,
        Labels
    };
    explicit LabelRowsEditor(Kind kind, QWidget *parent = nullptr);

    void setMatchers(const QList<LabelMatcher> &matchers);
    /// The rows with a name, in row order (empty names are skipped; an empty name with a value is
    /// reported by incompleteRows()).
    QList<LabelMatcher> matchers() const;
    void setLabels(const QList<QPair<QString, QString>> &labels);
    QList<QPair<QString, QString>> labels() const;
    /// Rows that have a value but no name (1-based row numbers).
    QList<int> incompleteRows() const;
    int rowCount() const;

    /// What the name and value boxes offer: label names, each with its current values.
    void setSuggestions(const QMap<QString, QStringList> &valuesByName);
    /// Adds a row (also the Add button); returns its index.
    int addRow(const QString &name = {}, const QString &op = QStringLiteral("="), const QString &value = {});
    void removeRow(int row);

Q_SIGNALS:
    void changed();

private:
    void offerValues(int row);
    QString cellText(int row, int column) const;

    Kind m_kind;
    QTableWidget *m_table;
    QMap<QString, QStringList> m_suggestions;
};

} // namespace Tidewatch

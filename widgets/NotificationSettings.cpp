#include "NotificationSettings.h"

#include "Format.h"
#include "NotificationProfileKeys.h"
#include "SecretStore.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Tidewatch {

namespace {

enum TargetColumn
{
    UrlColumn,
    UserColumn,
    PasswordColumn,
    CaFileColumn,
    InsecureColumn,
    TokenColumn ///< webhooks only
};

enum StatusColumn
{
    TargetStatusColumn,
    StateStatusColumn,
    SuccessStatusColumn,
    ErrorStatusColumn,
    QueueStatusColumn,
    DroppedStatusColumn,
    DeliveredStatusColumn
};

QLineEdit *secretEdit(QWidget *parent, const QString &value)
{
    auto *edit = new QLineEdit(value, parent);
    edit->setEchoMode(QLineEdit::Password);
    edit->setFrame(false);
    return edit;
}

QString cellText(const QTableWidget *table, int row, int column)
{
    if (auto *edit = qobject_cast<QLineEdit *>(table->cellWidget(row, column)))
        return edit->text();
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

QSpinBox *spin(QWidget *parent, int minimum, int maximum, const QString &suffix)
{
    auto *box = new QSpinBox(parent);
    box->setRange(minimum, maximum);
    box->setSuffix(suffix);
    return box;
}

} // namespace

QString NotificationSettings::secretScope()
{
    return QStringLiteral("tidewatch.notify");
}

NotificationSettings::NotificationSettings(const QString &profilesPath, SecretStore *secrets, QWidget *parent)
    : QWidget(parent)
    , m_path(profilesPath)
    , m_secrets(secrets)
    , m_alertmanagers(new QTableWidget(0, 5, this))
    , m_webhooks(new QTableWidget(0, 6, this))
    , m_resend(spin(this, 1, 86400, tr(" s")))
    , m_desktop(new QCheckBox(tr("Show &desktop notifications for new firing alerts"), this))
    , m_sound(new QCheckBox(tr("Play a &sound with them"), this))
    , m_storm(spin(this, 1, 1000, {}))
    , m_window(spin(this, 1, 3600, tr(" s")))
    , m_gap(spin(this, 0, 3600, tr(" s")))
    , m_status(new QTableWidget(0, 7, this))
    , m_message(new QLabel(this))
{
    const QStringList targetHeaders{tr("URL"), tr("User"), tr("Password"), tr("CA file"), tr("Insecure")};
    m_alertmanagers->setHorizontalHeaderLabels(targetHeaders);
    m_webhooks->setHorizontalHeaderLabels(targetHeaders + QStringList{tr("Bearer token")});
    auto *layout = new QVBoxLayout(this);
    const auto targetBox = [this, layout](QTableWidget *table, const QString &title, const QString &tip) {
        auto *box = new QGroupBox(title, this);
        auto *boxLayout = new QVBoxLayout(box);
        table->horizontalHeader()->setSectionResizeMode(UrlColumn, QHeaderView::Stretch);
        table->verticalHeader()->hide();
        table->setToolTip(tip);
        table->setMinimumHeight(table->verticalHeader()->defaultSectionSize() * 3);
        boxLayout->addWidget(table, 1);
        auto *buttons = new QHBoxLayout;
        auto *add = new QPushButton(tr("Add"), box);
        auto *remove = new QPushButton(tr("Remove"), box);
        buttons->addWidget(add);
        buttons->addWidget(remove);
        buttons->addStretch(1);
        boxLayout->addLayout(buttons);
        connect(add, &QPushButton::clicked, this, [this, table] {
            addTarget(table, {});
            table->editItem(table->item(table->rowCount() - 1, UrlColumn));
        });
        connect(remove, &QPushButton::clicked, this, [table] {
            if (table->currentRow() >= 0)
                table->removeRow(table->currentRow());
        });
        layout->addWidget(box, 1);
    };
    targetBox(m_alertmanagers, tr("Alertmanagers"),
              tr("Alertmanager base URLs (…/api/v2/alerts is appended); passwords go to the keychain"));
    targetBox(m_webhooks, tr("Webhooks"),
              tr("URLs that get each alert change as JSON; passwords and tokens go to the keychain"));

    auto *options = new QGroupBox(tr("Sending"), this);
    auto *form = new QFormLayout(options);
    m_resend->setToolTip(tr("Firing alerts are sent to Alertmanager again this often"));
    form->addRow(tr("&Resend interval:"), m_resend);
    form->addRow(m_desktop);
    form->addRow(m_sound);
    // One field per row, each with a whole label: a sentence glued around spin boxes cannot be
    // translated (word order differs between languages).
    auto *stormHelp =
        new QLabel(tr("When more new alerts than the storm size arrive within the storm window, "
                      "they become one summary notification."),
                   options);
    stormHelp->setWordWrap(true);
    form->addRow(stormHelp);
    m_storm->setToolTip(tr("More new alerts than this within the storm window become one summary"));
    form->addRow(tr("S&torm size (alerts):"), m_storm);
    form->addRow(tr("Storm &window:"), m_window);
    m_gap->setToolTip(tr("Desktop notifications are at least this far apart"));
    form->addRow(tr("&Least time between notifications:"), m_gap);
    layout->addWidget(options);

    auto *statusBox = new QGroupBox(tr("Delivery status"), this);
    auto *statusLayout = new QVBoxLayout(statusBox);
    m_status->setHorizontalHeaderLabels({tr("Target"), tr("State"), tr("Last success"), tr("Last error"),
                                         tr("Queue"), tr("Dropped"), tr("Delivered")});
    m_status->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_status->verticalHeader()->hide();
    m_status->horizontalHeader()->setSectionResizeMode(ErrorStatusColumn, QHeaderView::Stretch);
    statusLayout->addWidget(m_status);
    layout->addWidget(statusBox, 1);

    auto *bottom = new QHBoxLayout;
    m_message->setWordWrap(true);
    bottom->addWidget(m_message, 1);
    auto *saveButton = new QPushButton(tr("Save notifications"), this);
    saveButton->setToolTip(
        tr("Write these settings to %1 (secrets to the keychain) and apply them").arg(m_path));
    bottom->addWidget(saveButton);
    layout->addLayout(bottom);

    connect(saveButton, &QPushButton::clicked, this, &NotificationSettings::save);
    connect(m_desktop, &QCheckBox::toggled, m_sound, &QWidget::setEnabled);
    if (m_secrets) {
        connect(m_secrets, &SecretStore::secretRead, this, &NotificationSettings::onSecretRead);
        connect(m_secrets, &SecretStore::availabilityKnown, this, [this] { reload(); });
    }
    reload();
}

void NotificationSettings::reload()
{
    NotificationConfig config;
    QString error;
    if (!NotificationProfileKeys::load(m_path, config, error))
        setMessage(error, true);
    m_loaded = config;
    fillForm(config);
    if (!m_secrets || !(m_secrets->available() || m_secrets->sessionOnly()))
        return;
    for (const QString &key : NotificationProfileKeys::secretKeys(m_path))
        m_secrets->read(secretScope(), key);
}

void NotificationSettings::fillForm(const NotificationConfig &config)
{
    for (QTableWidget *table : {m_alertmanagers, m_webhooks})
        table->setRowCount(0);
    for (const NotificationTarget &t : config.alertmanagers)
        addTarget(m_alertmanagers, t);
    for (const NotificationTarget &t : config.webhooks)
        addTarget(m_webhooks, t);
    m_resend->setValue(int(config.resendIntervalMs / 1000));
    m_desktop->setChecked(config.desktop.enabled);
    m_sound->setChecked(config.desktop.sound);
    m_sound->setEnabled(config.desktop.enabled);
    m_storm->setValue(config.desktop.stormThreshold);
    m_window->setValue(int(config.desktop.windowMs / 1000));
    m_gap->setValue(int(config.desktop.minGapMs / 1000));
}

void NotificationSettings::addTarget(QTableWidget *table, const NotificationTarget &target)
{
    const int row = table->rowCount();
    table->insertRow(row);
    table->setItem(row, UrlColumn, new QTableWidgetItem(target.url));
    table->setItem(row, UserColumn, new QTableWidgetItem(target.user));
    table->setCellWidget(row, PasswordColumn, secretEdit(table, target.password));
    table->setItem(row, CaFileColumn, new QTableWidgetItem(target.caFile));
    auto *insecure = new QTableWidgetItem;
    insecure->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    insecure->setCheckState(target.insecureSkipVerify ? Qt::Checked : Qt::Unchecked);
    insecure->setToolTip(tr("Accept any server certificate (not for production)"));
    table->setItem(row, InsecureColumn, insecure);
    if (table == m_webhooks)
        table->setCellWidget(row, TokenColumn, secretEdit(table, target.bearerToken));
}

QList<NotificationTarget> NotificationSettings::targets(const QTableWidget *table) const
{
    const QList<NotificationTarget> &loaded =
        table == m_alertmanagers ? m_loaded.alertmanagers : m_loaded.webhooks;
    QList<NotificationTarget> out;
    for (int row = 0; row < table->rowCount(); ++row) {
        NotificationTarget t;
        t.url = cellText(table, row, UrlColumn);
        if (t.url.isEmpty())
            continue;
        // Client certificates and *.env names are kept from the file: the form does not show them.
        for (const NotificationTarget &old : loaded) {
            if (old.url == t.url)
                t = old;
        }
        t.user = cellText(table, row, UserColumn);
        t.password = cellText(table, row, PasswordColumn);
        t.caFile = cellText(table, row, CaFileColumn);
        t.insecureSkipVerify = table->item(row, InsecureColumn)->checkState() == Qt::Checked;
        if (table == m_webhooks)
            t.bearerToken = cellText(table, row, TokenColumn);
        out << t;
    }
    return out;
}

NotificationConfig NotificationSettings::formConfig() const
{
    NotificationConfig config = m_loaded;
    config.alertmanagers = targets(m_alertmanagers);
    config.webhooks = targets(m_webhooks);
    config.resendIntervalMs = qint64(m_resend->value()) * 1000;
    config.desktop.enabled = m_desktop->isChecked();
    config.desktop.sound = m_sound->isChecked();
    config.desktop.stormThreshold = m_storm->value();
    config.desktop.windowMs = qint64(m_window->value()) * 1000;
    config.desktop.minGapMs = qint64(m_gap->value()) * 1000;
    return config;
}

bool NotificationSettings::save()
{
    const NotificationConfig config = formConfig();
    for (const QList<NotificationTarget> *list : {&config.alertmanagers, &config.webhooks}) {
        for (const NotificationTarget &t : *list) {
            if (!t.url.startsWith(QLatin1String("http://")) && !t.url.startsWith(QLatin1String("https://"))) {
                setMessage(tr("'%1' is not an http(s) URL").arg(t.url), true);
                return false;
            }
        }
    }
    QStringList secrets;
    for (qsizetype i = 0; i < config.alertmanagers.size(); ++i)
        if (!config.alertmanagers.at(i).password.isEmpty())
            secrets << QStringLiteral("alertmanager.%1.password").arg(i + 1);
    for (qsizetype i = 0; i < config.webhooks.size(); ++i) {
        if (!config.webhooks.at(i).password.isEmpty())
            secrets << QStringLiteral("webhook.%1.password").arg(i + 1);
        if (!config.webhooks.at(i).bearerToken.isEmpty())
            secrets << QStringLiteral("webhook.%1.bearer.token").arg(i + 1);
    }
    const bool keychain = m_secrets && (m_secrets->available() || m_secrets->sessionOnly());
    if (!secrets.isEmpty() && !keychain) {
        setMessage(tr("No keychain answers: passwords and tokens cannot be kept. Remove them, or tick "
                      "\"keep for this session only\" on the Connections tab."),
                   true);
        return false;
    }
    QString error;
    if (!NotificationProfileKeys::save(m_path, config, error)) {
        setMessage(error, true);
        return false;
    }
    for (const QString &key : std::as_const(secrets)) {
        const QStringList parts = key.split(QLatin1Char('.'));
        const int index = parts.at(1).toInt() - 1;
        const NotificationTarget &t = parts.at(0) == QLatin1String("alertmanager")
                                          ? config.alertmanagers.at(index)
                                          : config.webhooks.at(index);
        m_secrets->store(secretScope(), key,
                         key.endsWith(QLatin1String("token")) ? t.bearerToken : t.password);
    }
    m_loaded = config;
    setMessage(tr("Saved to %1").arg(m_path));
    Q_EMIT configChanged(config);
    return true;
}

void NotificationSettings::onSecretRead(const QString &scope, const QString &field, const QString &secret)
{
    if (scope != secretScope() || secret.isEmpty())
        return;
    const QStringList parts = field.split(QLatin1Char('.'));
    if (parts.size() < 3)
        return;
    QTableWidget *table = parts.at(0) == QLatin1String("alertmanager") ? m_alertmanagers
                          : parts.at(0) == QLatin1String("webhook")    ? m_webhooks
                                                                       : nullptr;
    const int row = parts.at(1).toInt() - 1;
    const int column = field.endsWith(QLatin1String("bearer.token")) ? TokenColumn : PasswordColumn;
    if (!table || row < 0 || row >= table->rowCount() || (column == TokenColumn && table != m_webhooks))
        return;
    if (auto *edit = qobject_cast<QLineEdit *>(table->cellWidget(row, column));
        edit && edit->text().isEmpty())
        edit->setText(secret);
}

void NotificationSettings::setDeliveryStatuses(const QList<DeliveryStatus> &statuses)
{
    m_statuses = statuses;
    m_status->setRowCount(int(statuses.size()));
    refreshStatus(QDateTime::currentDateTimeUtc());
}

void NotificationSettings::setDeliveryStatus(int index, const DeliveryStatus &status)
{
    if (index < 0)
        return;
    if (index >= m_statuses.size())
        m_statuses.resize(index + 1);
    m_statuses[index] = status;
    m_status->setRowCount(int(m_statuses.size()));
    refreshStatus(QDateTime::currentDateTimeUtc());
}

void NotificationSettings::refreshStatus(const QDateTime &now)
{
    const auto set = [this](int row, int column, const QString &text, const QColor &colour = {}) {
        QTableWidgetItem *item = m_status->item(row, column);
        if (!item) {
            item = new QTableWidgetItem;
            m_status->setItem(row, column, item);
        }
        item->setText(text);
        item->setToolTip(text);
        item->setForeground(colour.isValid() ? QBrush(colour) : QBrush());
    };
    for (int row = 0; row < m_statuses.size(); ++row) {
        const DeliveryStatus &s = m_statuses.at(row);
        const QString kind =
            s.kind == DeliveryStatus::Kind::Alertmanager ? tr("Alertmanager") : tr("webhook");
        set(row, TargetStatusColumn, tr("%1 %2").arg(kind, s.target));
        const bool never = !s.attemptedAt.isValid();
        const bool failing = !never && !s.error.isEmpty();
        set(row, StateStatusColumn,
            never     ? tr("nothing sent yet")
            : failing ? tr("failing")
                      : tr("delivering"),
            never     ? QColor()
            : failing ? QColor(0xe5, 0x39, 0x35)
                      : QColor(0x43, 0xa0, 0x47));
        set(row, SuccessStatusColumn, Format::age(s.successAgeMs(now))); // "never" when never
        set(row, ErrorStatusColumn, s.error.isEmpty() ? QStringLiteral("–") : s.error);
        set(row, QueueStatusColumn, QString::number(s.queueLength));
        set(row, DroppedStatusColumn, QString::number(s.droppedAlerts));
        set(row, DeliveredStatusColumn, QString::number(s.deliveredAlerts));
    }
}

QString NotificationSettings::statusText() const
{
    return m_message->text();
}

void NotificationSettings::setMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #e53935;") : QString());
}

} // namespace Tidewatch

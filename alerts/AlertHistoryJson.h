#pragma once

#include "AlertEvaluator.h"
#include "Silence.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace Tidewatch {

/// The JSON text the history store keeps labels, alert state and silences in (compact, stable keys).
QString labelsToJson(const QList<QPair<QString, QString>> &labels);
QList<QPair<QString, QString>> labelsFromJson(const QString &json);
QString alertStateToJson(const ActiveAlert &alert);
std::optional<ActiveAlert> alertStateFromJson(const QString &json);
QString silenceToJson(const Silence &silence);
std::optional<Silence> silenceFromJson(const QString &json);

} // namespace Tidewatch

#include "LabelRegex.h"

#include <QCoreApplication>
#include <QHash>

#include <re2/re2.h>

#include <memory>

namespace Tidewatch::LabelRegex {

namespace {

RE2::Options options()
{
    RE2::Options o; // UTF-8, Perl-like syntax: what Go's regexp.Compile accepts
    o.set_log_errors(false);
    return o;
}

/// RE2 accepts \C (any byte), Go does not.
bool hasAnyByteEscape(const QString &pattern)
{
    for (qsizetype i = 0; i + 1 < pattern.size(); ++i) {
        if (pattern.at(i) == QLatin1Char('\\')) {
            if (pattern.at(i + 1) == QLatin1Char('C'))
                return true;
            ++i; // skip the escaped character, so "\\C" is a backslash and a C
        }
    }
    return false;
}

std::string anchored(const QString &pattern)
{
    return "^(?:" + pattern.toStdString() + ")$";
}

/// The compiled, anchored pattern; null when invalid. Matching happens per sample, so patterns are
/// compiled once per thread (no lock on the hot path); rule sets are small, the cap only guards
/// against unbounded growth across many edits.
std::shared_ptr<const RE2> compiled(const QString &pattern)
{
    thread_local QHash<QString, std::shared_ptr<const RE2>> cache;
    if (const auto it = cache.constFind(pattern); it != cache.cend())
        return it.value();
    if (cache.size() >= 1024)
        cache.clear();
    std::shared_ptr<const RE2> re;
    if (!hasAnyByteEscape(pattern)) {
        auto candidate = std::make_shared<const RE2>(anchored(pattern), options());
        if (candidate->ok())
            re = std::move(candidate);
    }
    cache.insert(pattern, re);
    return re;
}

} // namespace

QString error(const QString &pattern)
{
    if (hasAnyByteEscape(pattern))
        return QCoreApplication::translate("LabelRegex", "invalid escape sequence: \\C");
    // The pattern alone first, so the message quotes what the user wrote rather than the anchored form.
    const RE2 alone(pattern.toStdString(), options());
    if (!alone.ok())
        return QString::fromStdString(alone.error());
    const RE2 re(anchored(pattern), options());
    return re.ok() ? QString() : QString::fromStdString(re.error());
}

bool fullMatch(const QString &pattern, const QString &value)
{
    const std::shared_ptr<const RE2> re = compiled(pattern);
    if (!re)
        return false;
    const QByteArray utf8 = value.toUtf8();
    return RE2::FullMatch(re2::StringPiece(utf8.constData(), size_t(utf8.size())), *re);
}

} // namespace Tidewatch::LabelRegex

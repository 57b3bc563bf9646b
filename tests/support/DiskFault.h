#pragma once

#include <QString>

namespace Tidewatch {

/// A folder that a test fills first and then breaks, to see how a writer of Tidewatch's files copes:
///
/// - ReadOnly: nothing in it can be created, replaced or changed. As root (who ignores file modes) the
///   folder is a small tmpfs remounted read-only; otherwise its modes are set to 0555/0444.
/// - FileSizeLimit: the process's RLIMIT_FSIZE is lowered to 1 byte with SIGXFSZ ignored, so every
///   write that grows a file fails with EFBIG, as on a full disk. Affects every file of the process
///   while it lasts: keep the broken window short.
/// - FullFilesystem: the folder is a 1 MiB tmpfs filled up to ENOSPC. Needs root (mount(2)); where
///   it cannot be made, isValid() is false and reason() says why.
///
/// The destructor lifts the fault and removes the folder (unmounting it when it is a tmpfs).
class DiskFault
{
public:
    enum class Kind
    {
        ReadOnly,
        FileSizeLimit,
        FullFilesystem
    };

    explicit DiskFault(Kind kind);
    ~DiskFault();
    DiskFault(const DiskFault &) = delete;
    DiskFault &operator=(const DiskFault &) = delete;

    bool isValid() const { return m_reason.isEmpty(); }
    QString reason() const { return m_reason; }
    QString path() const { return m_dir; }
    QString filePath(const QString &name) const { return m_dir + QLatin1Char('/') + name; }

    /// Breaks the folder; false (reason() says why) when it could not.
    bool apply();
    /// Makes it writable again.
    void lift();

private:
    Kind m_kind;
    QString m_dir;
    QString m_reason;
    bool m_mounted = false;
    bool m_applied = false;
    unsigned long long m_savedSoftLimit = 0;
};

} // namespace Tidewatch

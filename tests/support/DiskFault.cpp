#include "DiskFault.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Tidewatch {

namespace {

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

bool mountTmpfs(const QString &dir, const char *options, unsigned long flags)
{
    return ::mount("tidewatch-test", QFile::encodeName(dir).constData(), "tmpfs", flags, options) == 0;
}

void setModes(const QString &dir, bool writable)
{
    QDirIterator it(dir, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                    QDirIterator::Subdirectories);
    QStringList dirs{dir};
    while (it.hasNext()) {
        const QString path = it.next();
        if (it.fileInfo().isDir())
            dirs << path;
        else
            ::chmod(QFile::encodeName(path).constData(), writable ? 0644 : 0444);
    }
    for (const QString &d : std::as_const(dirs))
        ::chmod(QFile::encodeName(d).constData(), writable ? 0755 : 0555);
}

} // namespace

DiskFault::DiskFault(Kind kind)
    : m_kind(kind)
{
    QByteArray templ = QFile::encodeName(QDir::tempPath() + QStringLiteral("/tidewatch-diskfault-XXXXXX"));
    if (!::mkdtemp(templ.data())) {
        m_reason = QStringLiteral("mkdtemp: ") + systemError();
        return;
    }
    m_dir = QFile::decodeName(templ);
    const bool root = ::geteuid() == 0;
    if (kind == Kind::FullFilesystem || (kind == Kind::ReadOnly && root)) {
        if (!mountTmpfs(m_dir, "size=1m,mode=0755", 0)) {
            m_reason = QStringLiteral("cannot mount a tmpfs on %1 (%2)%3")
                           .arg(m_dir, systemError(),
                                root ? QString() : QStringLiteral(": needs root (CAP_SYS_ADMIN)"));
            return;
        }
        m_mounted = true;
    }
}

DiskFault::~DiskFault()
{
    lift();
    if (m_mounted)
        ::umount2(QFile::encodeName(m_dir).constData(), MNT_DETACH);
    if (!m_dir.isEmpty())
        QDir(m_dir).removeRecursively();
}

bool DiskFault::apply()
{
    if (!isValid() || m_applied)
        return isValid();
    switch (m_kind) {
    case Kind::ReadOnly:
        if (m_mounted) {
            if (!mountTmpfs(m_dir, "size=1m,mode=0755", MS_REMOUNT | MS_RDONLY)) {
                m_reason = QStringLiteral("cannot remount %1 read-only: %2").arg(m_dir, systemError());
                return false;
            }
        } else {
            setModes(m_dir, false);
        }
        break;
    case Kind::FileSizeLimit: {
        std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit{};
        ::getrlimit(RLIMIT_FSIZE, &limit);
        m_savedSoftLimit = limit.rlim_cur;
        limit.rlim_cur = 1;
        if (::setrlimit(RLIMIT_FSIZE, &limit) != 0) {
            m_reason = QStringLiteral("setrlimit: ") + systemError();
            return false;
        }
        break;
    }
    case Kind::FullFilesystem: {
        QFile filler(filePath(QStringLiteral(".filler")));
        if (!filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
            m_reason = filler.errorString();
            return false;
        }
        const QByteArray chunk(4096, 'x');
        while (filler.write(chunk) == chunk.size()) {
        }
        break;
    }
    }
    m_applied = true;
    return true;
}

void DiskFault::lift()
{
    if (!m_applied)
        return;
    m_applied = false;
    switch (m_kind) {
    case Kind::ReadOnly:
        if (m_mounted)
            mountTmpfs(m_dir, "size=1m,mode=0755", MS_REMOUNT);
        else
            setModes(m_dir, true);
        break;
    case Kind::FileSizeLimit: {
        rlimit limit{};
        ::getrlimit(RLIMIT_FSIZE, &limit);
        limit.rlim_cur = m_savedSoftLimit;
        ::setrlimit(RLIMIT_FSIZE, &limit);
        break;
    }
    case Kind::FullFilesystem:
        QFile::remove(filePath(QStringLiteral(".filler")));
        break;
    }
}

} // namespace Tidewatch

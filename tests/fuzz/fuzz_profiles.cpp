// The profiles file (an INI file read through QSettings, with the business keys) and the librdkafka
// properties file a profile may name. The input is written both as profiles.ini and as
// client.properties, so a profile with `kafka.properties.file=client.properties` reads it too.
#include "ProfileStore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace Tidewatch;

namespace {

void write(const QString &path, const std::uint8_t *data, std::size_t size)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size))
        std::abort(); // the harness itself failed
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // In memory where there is a tmpfs: the files are written and read for every input.
    static QTemporaryDir dir(QDir(QStringLiteral("/dev/shm")).exists()
                                 ? QStringLiteral("/dev/shm/tw-fuzz-XXXXXX")
                                 : QDir::tempPath() + QStringLiteral("/tw-fuzz-XXXXXX"));
    static quint64 run = 0;
    // A new folder per input: QSettings caches files by path and would not always see a rewrite.
    const QString folder = dir.path() + QStringLiteral("/%1").arg(++run);
    QDir().mkpath(folder);
    const QString profiles = folder + QStringLiteral("/profiles.ini");
    const QString properties = folder + QStringLiteral("/client.properties");
    write(profiles, data, size);
    write(properties, data, size);

    QList<QPair<QString, QString>> read;
    QString error;
    if (!ProfileStore::readPropertiesFile(properties, read, error) && error.isEmpty())
        std::abort(); // a refusal always says why
    const QStringList names = ProfileStore::names(profiles);
    for (qsizetype i = 0; i < names.size() && i < 8; ++i) {
        error.clear();
        const auto profile = ProfileStore::load(profiles, names[i], error);
        if (!profile && error.isEmpty())
            std::abort();
        ProfileStore::secretKeys(profiles, names[i]);
    }
    QDir(folder).removeRecursively();
    return 0;
}

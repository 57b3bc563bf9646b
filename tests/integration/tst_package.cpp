#include "StackTools.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Tidewatch;

namespace {

struct Ran
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QString text() const { return QString::fromUtf8(out + err); }
};

Ran run(const QString &program, const QStringList &args, int timeoutMs, const QString &workDir = QString(),
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    if (!workDir.isEmpty())
        p.setWorkingDirectory(workDir);
    p.start(program, args);
    Ran r;
    r.finished = p.waitForStarted(10000) && p.waitForFinished(timeoutMs);
    if (!r.finished)
        p.kill();
    p.waitForFinished(5000);
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

const QString kFlink = QStringLiteral("http://127.0.0.1:18081");
const QList<int> kIconSizes{16, 22, 24, 32, 48, 64, 128, 256};

/// Package names of a Depends-style field ("a (>= 1), b | c") without versions and alternatives' bars.
QSet<QString> packageNames(const QString &field)
{
    QSet<QString> names;
    for (const QString &alternatives : field.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        for (QString name : alternatives.split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
            name = name.section(QLatin1Char('('), 0, 0).trimmed();
            names.insert(name.section(QLatin1Char(':'), 0, 0));
        }
    }
    return names;
}

} // namespace

/// The .deb and the tarball of the package preset, built with CPack and checked as a user gets them:
/// control fields, file list, the installed files run from a throw-away root against the real stack, and
/// desktop-file-validate, appstreamcli and lintian on what is installed (docs/PACKAGING.md).
class TestPackage : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_work;
    QString m_deb;
    QString m_tarball;
    QString m_root;
    QString m_binary;
    QHash<QString, QString> m_control;
    QStringList m_debFiles; ///< regular files and symlinks, as "usr/bin/tidewatch"
    QProcessEnvironment m_env;

    QString dpkgOwner(const QString &path)
    {
        // ldd and the plugin loader name /lib or /usr/lib; dpkg knows one of the two (merged /usr).
        QStringList candidates{path, QFileInfo(path).canonicalFilePath()};
        for (const QString &p : QStringList(candidates)) {
            if (p.startsWith(QLatin1String("/usr/")))
                candidates << p.mid(4);
            else
                candidates << QStringLiteral("/usr") + p;
        }
        for (const QString &p : std::as_const(candidates)) {
            const Ran r = run(QStringLiteral("dpkg-query"), {QStringLiteral("-S"), p}, 30000);
            if (r.exitCode == 0)
                return QString::fromUtf8(r.out).section(QLatin1Char(':'), 0, 0).trimmed();
        }
        return QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_work.isValid());
        for (const char *tool : {"cmake", "cpack", "dpkg-deb", "dpkg-query", "readelf", "ldd", "tar", "gzip",
                                 "desktop-file-validate", "appstreamcli", "lintian"}) {
            if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty()) {
                // scripts/setup-deps.sh installs them: in CI a missing one is a broken setup.
                const QByteArray message = QByteArray(tool) + " is not installed (scripts/setup-deps.sh)";
                if (qEnvironmentVariableIsSet("CI"))
                    QFAIL(message.constData());
                QSKIP(message.constData());
            }
        }
        // The package preset's build (scripts/test.sh builds it before ctest; then this is a no-op).
        const QString source = qEnvironmentVariable("TIDEWATCH_SOURCE_DIR");
        Ran r = run(QStringLiteral("cmake"), {QStringLiteral("--preset"), QStringLiteral("package")}, 300000,
                    source);
        QVERIFY2(r.exitCode == 0, qPrintable(r.text()));
        r = run(QStringLiteral("cmake"),
                {QStringLiteral("--build"), QStringLiteral("--preset"), QStringLiteral("package"),
                 QStringLiteral("--parallel"), QStringLiteral("2")},
                3000000, source);
        QVERIFY2(r.exitCode == 0, qPrintable(r.text().right(4000)));
        const QString out = m_work.filePath(QStringLiteral("out"));
        r = run(QStringLiteral("cpack"),
                {QStringLiteral("--preset"), QStringLiteral("package"), QStringLiteral("-B"), out}, 600000,
                source);
        QVERIFY2(r.exitCode == 0, qPrintable(r.text()));
        const QStringList debs = QDir(out).entryList({QStringLiteral("*.deb")}, QDir::Files);
        const QStringList tarballs = QDir(out).entryList({QStringLiteral("*.tar.gz")}, QDir::Files);
        QCOMPARE(debs.size(), 1);
        QCOMPARE(tarballs.size(), 1);
        m_deb = QDir(out).filePath(debs.first());
        m_tarball = QDir(out).filePath(tarballs.first());

        r = run(QStringLiteral("dpkg-deb"), {QStringLiteral("--field"), m_deb}, 60000);
        QVERIFY2(r.exitCode == 0, qPrintable(r.text()));
        QString field;
        for (const QString &line : QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (line.startsWith(QLatin1Char(' '))) {
                m_control[field] += QLatin1Char('\n') + line;
            } else {
                field = line.section(QLatin1Char(':'), 0, 0);
                m_control[field] = line.section(QLatin1Char(':'), 1).trimmed();
            }
        }
        // A throw-away root: the package's files as dpkg would install them, without touching the machine.
        m_root = m_work.filePath(QStringLiteral("root"));
        r = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-x"), m_deb, m_root}, 120000);
        QVERIFY2(r.exitCode == 0, qPrintable(r.text()));
        QDirIterator it(m_root, QDir::Files | QDir::System | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            m_debFiles << QDir(m_root).relativeFilePath(it.next());
        m_debFiles.sort();
        m_binary = m_root + QStringLiteral("/usr/bin/tidewatch");

        m_env = QProcessEnvironment::systemEnvironment();
        m_env.remove(QStringLiteral("DISPLAY"));
        m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_work.filePath(QStringLiteral("config")));
        m_env.insert(QStringLiteral("XDG_DATA_HOME"), m_work.filePath(QStringLiteral("data")));
    }

    void controlField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("pattern");
        const Ran arch = run(QStringLiteral("dpkg"), {QStringLiteral("--print-architecture")}, 30000);
        QTest::newRow("the name") << "Package"
                                  << "^tidewatch$";
        QTest::newRow("the project's version, Debian revision 1")
            << "Version"
            << QStringLiteral("^%1-1$").arg(
                   QRegularExpression::escape(QStringLiteral(TIDEWATCH_PROJECT_VERSION)));
        QTest::newRow("this machine's architecture")
            << "Architecture" << QStringLiteral("^%1$").arg(QString::fromUtf8(arch.out).trimmed());
        QTest::newRow("section net") << "Section"
                                     << "^net$";
        QTest::newRow("priority optional") << "Priority"
                                           << "^optional$";
        QTest::newRow("a maintainer with an address") << "Maintainer"
                                                      << "^[^<]+ <[^@>]+@[^>]+>$";
        QTest::newRow("Qt's SQLite driver (the alert history, loaded at run time)")
            << "Depends"
            << "(^|, )libqt6sql6-sqlite(,|$)";
        QTest::newRow("Qt Widgets from shlibdeps") << "Depends"
                                                   << "(^|, )libqt6widgets6 \\(>= [^)]+\\)";
        QTest::newRow("Qt Charts from shlibdeps") << "Depends"
                                                  << "(^|, )libqt6charts6 \\(>= [^)]+\\)";
        QTest::newRow("librdkafka from shlibdeps") << "Depends"
                                                   << "(^|, )librdkafka1 \\(>= [^)]+\\)";
        QTest::newRow("Qt's translations recommended") << "Recommends"
                                                       << "(^|, )qt6-translations-l10n(,|$)";
        QTest::newRow("the SVG plugins (window icon) recommended") << "Recommends"
                                                                   << "(^|, )libqt6svg6(,|$)";
        QTest::newRow("a summary and an extended description") << "Description"
                                                               << "^Kafka and Flink [^\n]+\n [^\n]+\n [^\n]+";
    }
    void controlField()
    {
        QFETCH(QString, field);
        QFETCH(QString, pattern);
        QVERIFY2(m_control.contains(field), qPrintable(field));
        QVERIFY2(QRegularExpression(pattern).match(m_control.value(field)).hasMatch(),
                 qPrintable(
                     QStringLiteral("%1: %2 does not match %3").arg(field, m_control.value(field), pattern)));
    }

    /// Every shared library the binary needs comes from a package that Depends names, and none is a
    /// sanitizer's runtime (the packaged build is the release build).
    void dependsCoverEveryLibrary()
    {
        const Ran needed = run(QStringLiteral("readelf"), {QStringLiteral("--dynamic"), m_binary}, 30000);
        QCOMPARE(needed.exitCode, 0);
        QStringList libraries;
        const QRegularExpression neededLine(
            QStringLiteral("\\(NEEDED\\)\\s+Shared library: \\[([^\\]]+)\\]"));
        for (auto m = neededLine.globalMatch(QString::fromUtf8(needed.out)); m.hasNext();)
            libraries << m.next().captured(1);
        QVERIFY(libraries.size() > 5);
        const Ran ldd = run(QStringLiteral("ldd"), {m_binary}, 30000);
        QCOMPARE(ldd.exitCode, 0);
        QHash<QString, QString> paths;
        const QRegularExpression lddLine(QStringLiteral("^\\s*(\\S+) => (/\\S+)"),
                                         QRegularExpression::MultilineOption);
        for (auto m = lddLine.globalMatch(QString::fromUtf8(ldd.out)); m.hasNext();) {
            const auto match = m.next();
            paths.insert(match.captured(1), match.captured(2));
        }
        // The dynamic loader has a line of its own: "\t/lib64/ld-linux-x86-64.so.2 (0x...)".
        const QRegularExpression loaderLine(QStringLiteral("^\\s*(/\\S+) \\(0x"),
                                            QRegularExpression::MultilineOption);
        for (auto m = loaderLine.globalMatch(QString::fromUtf8(ldd.out)); m.hasNext();) {
            const QString path = m.next().captured(1);
            paths.insert(QFileInfo(path).fileName(), path);
        }
        const QSet<QString> depends = packageNames(m_control.value(QStringLiteral("Depends")));
        for (const QString &library : std::as_const(libraries)) {
            QVERIFY2(paths.contains(library), qPrintable(library + QStringLiteral(" not found by ldd")));
            const QString owner = dpkgOwner(paths.value(library));
            QVERIFY2(!owner.isEmpty(),
                     qPrintable(paths.value(library) + QStringLiteral(": no package owns it")));
            QVERIFY2(depends.contains(owner),
                     qPrintable(QStringLiteral("%1 (%2) is not in Depends: %3")
                                    .arg(library, owner, m_control.value(QStringLiteral("Depends")))));
        }
        for (const QString &library : std::as_const(libraries))
            QVERIFY2(!library.contains(QLatin1String("asan")) && !library.contains(QLatin1String("ubsan")),
                     qPrintable(library));
    }

    /// Every file of the package, with what it is.
    static QList<QPair<QString, QString>> expectedFiles()
    {
        QList<QPair<QString, QString>> files{
            {QStringLiteral("the binary"), QStringLiteral("usr/bin/tidewatch")},
            {QStringLiteral("the desktop entry"), QStringLiteral("usr/share/applications/tidewatch.desktop")},
            {QStringLiteral("AppStream metainfo"),
             QStringLiteral("usr/share/metainfo/io.tidewatch.Tidewatch.metainfo.xml")},
            {QStringLiteral("the scalable icon"),
             QStringLiteral("usr/share/icons/hicolor/scalable/apps/tidewatch.svg")},
            {QStringLiteral("the default alert rules"),
             QStringLiteral("usr/share/tidewatch/default-rules.json")},
            {QStringLiteral("the systemd unit of serve"),
             QStringLiteral("usr/lib/systemd/system/tidewatch.service")},
            {QStringLiteral("the man page"), QStringLiteral("usr/share/man/man1/tidewatch.1.gz")},
            {QStringLiteral("the copyright file"), QStringLiteral("usr/share/doc/tidewatch/copyright")},
            {QStringLiteral("the Debian changelog"),
             QStringLiteral("usr/share/doc/tidewatch/changelog.Debian.gz")}};
        for (int size : kIconSizes)
            files.append({QStringLiteral("the %1 px icon").arg(size),
                          QStringLiteral("usr/share/icons/hicolor/%1x%1/apps/tidewatch.png").arg(size)});
        return files;
    }
    void installedFile_data()
    {
        QTest::addColumn<QString>("path");
        for (const auto &[what, path] : expectedFiles())
            QTest::newRow(qPrintable(what)) << path;
    }
    void installedFile()
    {
        QFETCH(QString, path);
        QVERIFY2(m_debFiles.contains(path), qPrintable(m_debFiles.join(QLatin1Char('\n'))));
    }

    /// Nothing else: no headers, static libraries or build-tree leftovers.
    void nothingElseInstalled()
    {
        QStringList expected;
        for (const auto &file : expectedFiles())
            expected << file.second;
        expected.sort();
        QCOMPARE(m_debFiles, expected);
    }

    /// The tarball holds the same files under its top folder.
    void tarballMirrorsTheDeb()
    {
        const Ran r = run(QStringLiteral("tar"), {QStringLiteral("-tzf"), m_tarball}, 60000);
        QCOMPARE(r.exitCode, 0);
        const QString top =
            QFileInfo(m_tarball).fileName().chopped(int(qstrlen(".tar.gz"))) + QLatin1Char('/');
        QStringList files;
        for (const QString &line : QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            QVERIFY2(line.startsWith(top), qPrintable(line));
            if (!line.endsWith(QLatin1Char('/')))
                files << line.mid(top.size());
        }
        files.sort();
        QCOMPARE(files, m_debFiles);
    }

    void version()
    {
        const Ran r = run(m_binary, {QStringLiteral("--version")}, 30000, QString(), m_env);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QString::fromUtf8(r.out),
                 QStringLiteral("tidewatch %1\n").arg(QStringLiteral(TIDEWATCH_PROJECT_VERSION)));
    }

    void icon_data()
    {
        QTest::addColumn<int>("size");
        for (int size : kIconSizes)
            QTest::newRow(qPrintable(QStringLiteral("%1x%1").arg(size))) << size;
    }
    void icon()
    {
        QFETCH(int, size);
        const QImage image(m_root +
                           QStringLiteral("/usr/share/icons/hicolor/%1x%1/apps/tidewatch.png").arg(size));
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(size, size));
        // Drawn, not empty: the middle pixel is the opaque blue square of the SVG.
        QCOMPARE(qAlpha(image.pixel(size / 2, size / 2)), 255);
    }

    /// man tidewatch: the usage of this binary, with no path of the machine it was built on.
    void manPage()
    {
        const Ran r = run(
            QStringLiteral("gzip"),
            {QStringLiteral("-dc"), m_root + QStringLiteral("/usr/share/man/man1/tidewatch.1.gz")}, 30000);
        QCOMPARE(r.exitCode, 0);
        const QString page = QString::fromUtf8(r.out);
        QVERIFY(page.contains(QLatin1String(".TH TIDEWATCH \"1\"")));
        QVERIFY(
            page.contains(QStringLiteral("\"tidewatch %1\"").arg(QStringLiteral(TIDEWATCH_PROJECT_VERSION))));
        for (const char *command : {"snapshot", "render", "rules", "serve"})
            QVERIFY2(page.contains(QLatin1String(command)), command);
        QVERIFY(page.contains(QLatin1String("~/.config/Tidewatch/")));
        QVERIFY(!page.contains(qEnvironmentVariable("TIDEWATCH_SOURCE_DIR")));
        QVERIFY(!page.contains(QDir::homePath() + QLatin1Char('/')));
    }

    /// The shipped rules file is the built-in rules: both export to the same document.
    void defaultRulesAreTheBuiltInOnes()
    {
        const QString file = m_root + QStringLiteral("/usr/share/tidewatch/default-rules.json");
        const QStringList exportJson{QStringLiteral("rules"), QStringLiteral("export"),
                                     QStringLiteral("--format"), QStringLiteral("json")};
        const Ran builtIn = run(m_binary, exportJson, 60000, QString(), m_env);
        QVERIFY2(builtIn.exitCode == 0, builtIn.err.constData());
        const Ran shipped =
            run(m_binary, exportJson + QStringList{QStringLiteral("--rules"), file}, 60000, QString(), m_env);
        QVERIFY2(shipped.exitCode == 0, shipped.err.constData());
        QVERIFY(
            QJsonDocument::fromJson(builtIn.out).object().value(QStringLiteral("rules")).toArray().size() >
            3);
        QCOMPARE(shipped.out, builtIn.out);
    }

    /// The unit starts the installed binary.
    void systemdUnitRunsTheInstalledBinary()
    {
        QFile unit(m_root + QStringLiteral("/usr/lib/systemd/system/tidewatch.service"));
        QVERIFY(unit.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(unit.readAll());
        const auto m = QRegularExpression(QStringLiteral("^ExecStart=(\\S+) serve "),
                                          QRegularExpression::MultilineOption)
                           .match(text);
        QVERIFY2(m.hasMatch(), qPrintable(text));
        QCOMPARE(m.captured(1), QStringLiteral("/usr/bin/tidewatch"));
        QVERIFY(QFileInfo(m_root + m.captured(1)).isExecutable());
    }

    /// A snapshot of the real stack from the installed binary: every broker, the stack's groups as its
    /// own tool lists them, and the Flink job.
    void snapshotOfTheStack()
    {
        const Ran r = run(m_binary,
                          {QStringLiteral("snapshot"), QStringLiteral("--bootstrap"),
                           QString::fromLatin1(StackTools::kBootstrap), QStringLiteral("--flink"), kFlink},
                          90000, QString(), m_env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject snapshot = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(snapshot.value(QStringLiteral("schema")).toString(), QStringLiteral("tidewatch.snapshot/1"));
        const QJsonObject kafka = snapshot.value(QStringLiteral("kafka")).toObject();
        QSet<int> brokers;
        for (const QJsonValue &b : kafka.value(QStringLiteral("brokers")).toArray())
            brokers.insert(b.toObject().value(QStringLiteral("id")).toInt());
        QCOMPARE(brokers, (QSet<int>{1, 2, 3}));
        QSet<QString> groups;
        for (const QJsonValue &g : kafka.value(QStringLiteral("groups")).toArray())
            groups.insert(g.toObject().value(QStringLiteral("groupId")).toString());
        const StackTools::ToolResult listed =
            StackTools::stack({QStringLiteral("consumer-groups"), QStringLiteral("--list")});
        QCOMPARE(listed.exitCode, 0);
        int compared = 0;
        for (const QString &group : listed.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (!group.startsWith(QLatin1String("tw-")))
                continue; // Connect's sink groups come and go with its connectors
            QVERIFY2(groups.contains(group.trimmed()), qPrintable(group));
            ++compared;
        }
        QVERIFY(compared >= 5);
        bool running = false;
        for (const QJsonValue &j :
             snapshot.value(QStringLiteral("flink")).toObject().value(QStringLiteral("jobs")).toArray())
            running |= j.toObject().value(QStringLiteral("state")).toString() == QLatin1String("RUNNING");
        QVERIFY(running);
    }

    /// One page rendered by the installed binary; the Qt plugins it loads come from packages that
    /// Depends or Recommends names.
    void renderOnePage()
    {
        const QString png = m_work.filePath(QStringLiteral("overview.png"));
        QProcessEnvironment env = m_env;
        env.insert(QStringLiteral("QT_DEBUG_PLUGINS"), QStringLiteral("1"));
        const Ran r = run(m_binary,
                          {QStringLiteral("render"), QStringLiteral("--page"), QStringLiteral("overview"),
                           QStringLiteral("--size"), QStringLiteral("1000x640"), QStringLiteral("--out"), png,
                           QStringLiteral("--bootstrap"), QString::fromLatin1(StackTools::kBootstrap),
                           QStringLiteral("--flink"), kFlink, QStringLiteral("--wait"), QStringLiteral("30")},
                          90000, QString(), env);
        QVERIFY2(r.exitCode == 0, r.err.right(3000).constData());
        const QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(1000, 640));
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY2(colours.size() > 8, qPrintable(QStringLiteral("%1 colours").arg(colours.size())));

        const QSet<QString> named =
            packageNames(m_control.value(QStringLiteral("Depends")) + QLatin1Char(',') +
                         m_control.value(QStringLiteral("Recommends")));
        QSet<QString> plugins;
        const QRegularExpression loaded(QStringLiteral("\"(/[^\"]+/plugins/[^\"]+\\.so)\" loaded library"));
        for (auto m = loaded.globalMatch(QString::fromUtf8(r.err)); m.hasNext();)
            plugins.insert(m.next().captured(1));
        QVERIFY2(!plugins.isEmpty(), "QT_DEBUG_PLUGINS showed no plugin");
        for (const QString &plugin : std::as_const(plugins)) {
            const QString owner = dpkgOwner(plugin);
            QVERIFY2(named.contains(owner),
                     qPrintable(
                         QStringLiteral("%1 (%2) is in neither Depends nor Recommends").arg(plugin, owner)));
        }
    }

    void desktopEntryValidates()
    {
        const Ran r = run(QStringLiteral("desktop-file-validate"),
                          {m_root + QStringLiteral("/usr/share/applications/tidewatch.desktop")}, 30000);
        QVERIFY2(r.exitCode == 0 && r.text().trimmed().isEmpty(), qPrintable(r.text()));
    }

    /// The metainfo alone, and the installed tree (metainfo, desktop entry and icons together).
    void appstreamValidates()
    {
        Ran r = run(QStringLiteral("appstreamcli"),
                    {QStringLiteral("validate"), QStringLiteral("--no-net"), QStringLiteral("--explain"),
                     m_root + QStringLiteral("/usr/share/metainfo/io.tidewatch.Tidewatch.metainfo.xml")},
                    60000);
        QVERIFY2(r.exitCode == 0, qPrintable(r.text()));
        r = run(QStringLiteral("appstreamcli"),
                {QStringLiteral("validate-tree"), QStringLiteral("--no-net"), m_root}, 60000);
        QVERIFY2(r.exitCode == 0, qPrintable(r.text()));
    }

    /// No error, and no warning but the ones docs/PACKAGING.md lists with their reasons.
    void lintianFindsNoError()
    {
        const Ran r = run(QStringLiteral("lintian"),
                          {QStringLiteral("--fail-on"), QStringLiteral("error"), m_deb}, 600000);
        qInfo("lintian:\n%s", qPrintable(r.text()));
        QVERIFY2(r.finished, "lintian did not finish");
        QVERIFY2(r.exitCode == 0, qPrintable(r.text()));
        // Tidewatch is not uploaded to Debian: there is no ITP bug for its first changelog entry to close.
        const QSet<QString> accepted{QStringLiteral("initial-upload-closes-no-bugs")};
        const QRegularExpression warning(QStringLiteral("^W: tidewatch[^:]*: (\\S+)"),
                                         QRegularExpression::MultilineOption);
        for (auto m = warning.globalMatch(r.text()); m.hasNext();) {
            const QString tag = m.next().captured(1);
            QVERIFY2(accepted.contains(tag), qPrintable(QStringLiteral("lintian warning %1").arg(tag)));
        }
    }
};

QTEST_GUILESS_MAIN(TestPackage)
#include "tst_package.moc"

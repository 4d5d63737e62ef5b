// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "modelsignalrecorder.h"
#include "occupantlistmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using Presence::OccupantListModel;

namespace {

// "a b:1 c" lists users a, b (state {"v":1}) and c.
QList<OccupantListModel::Entry> entries(const QString &spec)
{
    QList<OccupantListModel::Entry> list;
    for (const QString &token : spec.split(u' ', Qt::SkipEmptyParts)) {
        OccupantListModel::Entry entry;
        const qsizetype colon = token.indexOf(u':');
        entry.userId = colon < 0 ? token : token.left(colon);
        if (colon >= 0)
            entry.state = "{\"v\":" + token.mid(colon + 1).toUtf8() + '}';
        list.append(entry);
    }
    return list;
}

QStringList userIds(const OccupantListModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.userIdAt(row));
    return ids;
}

} // namespace

class TestOccupantListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstLoadResets();
    void diff_data();
    void diff();
    void diffKeepsRowIndexConsistent();
    void duplicateUserIdsDropped();
    void channelSwitchResets();
    void whereNowShownInColumn();
    void stateFromHereNowUsers();
    void backgroundApply();
    void backgroundDiffInSlices();
    void channelSwitchDropsApplication();
};

void TestOccupantListModel::firstLoadResets()
{
    OccupantListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ModelSignalRecorder recorder(&model);

    model.setChannel(u"lobby"_s);
    recorder.take();
    model.applyEntries(entries(u"a b:1 c"_s));
    QCOMPARE(recorder.take(), QStringList { u"reset"_s });
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.data(model.index(1, OccupantListModel::StateColumn)).toString(),
             u"{\"v\":1}"_s);
}

void TestOccupantListModel::diff_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QStringList>("expectedSignals");
    QTest::addColumn<QString>("expectedRows");

    QTest::addRow("joins at the end")
            << u"a b c"_s << u"a b c d e"_s << QStringList { u"insert 3-4"_s } << u"a b c d e"_s;
    QTest::addRow("joins in the middle of the server order")
            << u"a b c"_s << u"a x b c"_s << QStringList { u"insert 3-3"_s } << u"a b c x"_s;
    QTest::addRow("scattered leaves back to front")
            << u"a b c d e"_s << u"a c e"_s
            << QStringList { u"remove 3-3"_s, u"remove 1-1"_s } << u"a c e"_s;
    QTest::addRow("contiguous leaves in one range")
            << u"a b c d e"_s << u"a e"_s << QStringList { u"remove 1-3"_s } << u"a e"_s;
    QTest::addRow("reorder sends nothing")
            << u"a b c"_s << u"c a b"_s << QStringList {} << u"a b c"_s;
    QTest::addRow("state changes in one range")
            << u"a:1 b:1 c:1 d:1"_s << u"a:1 b:2 c:3 d:1"_s
            << QStringList { u"changed 1-2 columns 1-1"_s } << u"a b c d"_s;
    QTest::addRow("state removed")
            << u"a:1 b:1"_s << u"a b:1"_s << QStringList { u"changed 0-0 columns 1-1"_s }
            << u"a b"_s;
    QTest::addRow("leave, change and join together")
            << u"a:1 b:1 c:1 d:1"_s << u"a:1 c:2 e:1"_s
            << QStringList { u"remove 3-3"_s, u"remove 1-1"_s, u"changed 1-1 columns 1-1"_s,
                             u"insert 2-2"_s }
            << u"a c e"_s;
    QTest::addRow("everyone left")
            << u"a b"_s << QString() << QStringList { u"remove 0-1"_s } << QString();
    QTest::addRow("no change sends nothing")
            << u"a:1 b"_s << u"a:1 b"_s << QStringList {} << u"a b"_s;
}

void TestOccupantListModel::diff()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QStringList, expectedSignals);
    QFETCH(QString, expectedRows);

    OccupantListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setChannel(u"lobby"_s);
    model.applyEntries(entries(before));

    ModelSignalRecorder recorder(&model);
    model.applyEntries(entries(after));
    QCOMPARE(recorder.take(), expectedSignals);
    QCOMPARE(userIds(model), expectedRows.split(u' ', Qt::SkipEmptyParts));

    // The state of every row matches the new list.
    for (const OccupantListModel::Entry &entry : entries(after)) {
        const int row = model.rowOfUser(entry.userId);
        QVERIFY2(row >= 0, qPrintable(entry.userId));
        QCOMPARE(model.stateAt(row), entry.state);
    }
}

void TestOccupantListModel::diffKeepsRowIndexConsistent()
{
    OccupantListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setChannel(u"lobby"_s);

    // Several rounds of churn; after each, the user-to-row index matches the rows.
    QList<OccupantListModel::Entry> current;
    for (int round = 0; round < 6; ++round) {
        current.clear();
        for (int user = 0; user < 300; ++user) {
            if ((user + round) % (round + 2) == 0)
                continue;
            OccupantListModel::Entry entry;
            entry.userId = u"u-%1"_s.arg(user);
            entry.state = QByteArray::number((user * round) % 7);
            current.append(entry);
        }
        model.applyEntries(current);
        QCOMPARE(model.rowCount(), int(current.size()));
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.rowOfUser(model.userIdAt(row)), row);
    }
}

void TestOccupantListModel::duplicateUserIdsDropped()
{
    OccupantListModel model;
    model.setChannel(u"lobby"_s);
    model.applyEntries(entries(u"a b a"_s));
    QCOMPARE(userIds(model), (QStringList { u"a"_s, u"b"_s }));
    model.applyEntries(entries(u"a c c b"_s));
    QCOMPARE(userIds(model), (QStringList { u"a"_s, u"b"_s, u"c"_s }));
}

void TestOccupantListModel::channelSwitchResets()
{
    OccupantListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setChannel(u"lobby"_s);
    model.applyEntries(entries(u"a b"_s));

    ModelSignalRecorder recorder(&model);
    model.setChannel(u"lobby"_s);
    QCOMPARE(recorder.take(), QStringList {});
    model.setChannel(u"games"_s);
    QCOMPARE(recorder.take(), QStringList { u"reset"_s });
    QCOMPARE(model.rowCount(), 0);
}

void TestOccupantListModel::whereNowShownInColumn()
{
    OccupantListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setChannel(u"lobby"_s);
    model.applyEntries(entries(u"a b"_s));

    ModelSignalRecorder recorder(&model);
    model.setWhereNow(u"b"_s, { u"lobby"_s, u"support-3"_s });
    QCOMPARE(recorder.take(), QStringList { u"changed 1-1 columns 2-2"_s });
    QCOMPARE(model.data(model.index(1, OccupantListModel::ChannelsColumn)).toString(),
             u"lobby, support-3"_s);
    QCOMPARE(model.whereNow(u"b"_s), (QStringList { u"lobby"_s, u"support-3"_s }));
}

void TestOccupantListModel::stateFromHereNowUsers()
{
    Presence::HereNowUser withState;
    withState.user_id = u"a"_s;
    withState.state = Presence::StateValue::fromJson(QJsonObject { { u"mood"_s, u"busy"_s } });
    Presence::HereNowUser withoutState;
    withoutState.user_id = u"b"_s;
    Presence::HereNowUser raw;
    raw.user_id = u"c"_s;
    raw.state = Presence::StateValue::fromRawBytes("not json");

    const auto converted = OccupantListModel::toEntries({ withState, withoutState, raw });
    QCOMPARE(converted.size(), 3);
    QCOMPARE(converted.at(0).state, QByteArray("{\"mood\":\"busy\"}"));
    QVERIFY(converted.at(1).state.isEmpty());
    QCOMPARE(converted.at(2).state, raw.state.toCompactJson());
}

void TestOccupantListModel::backgroundApply()
{
    OccupantListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setChannel(u"lobby"_s);
    QSignalSpy applied(&model, &OccupantListModel::occupantsApplied);
    QVERIFY(applied.isValid());

    QList<Presence::HereNowUser> users;
    for (int i = 0; i < 2000; ++i) {
        Presence::HereNowUser user;
        user.user_id = u"u-%1"_s.arg(i);
        users.append(user);
    }
    // The first conversion is superseded by the second before either is applied.
    model.applyOccupantsInBackground(users.mid(0, 10));
    model.applyOccupantsInBackground(users);
    QVERIFY(applied.wait(10000));
    QCOMPARE(model.rowCount(), 2000);
    QTest::qWait(50);
    QCOMPARE(applied.count(), 1);
}

namespace {

QList<Presence::HereNowUser> crowd(int first, int count, int removedEvery, int stateSalt)
{
    QList<Presence::HereNowUser> users;
    for (int i = first; i < first + count; ++i) {
        if (removedEvery > 0 && i % removedEvery == 0)
            continue;
        Presence::HereNowUser user;
        user.user_id = u"u-%1"_s.arg(i);
        user.state = Presence::StateValue::fromJson(
                QJsonObject { { u"seat"_s, i % 97 == 0 ? i + stateSalt : i } });
        users.append(user);
    }
    return users;
}

} // namespace

void TestOccupantListModel::backgroundDiffInSlices()
{
    OccupantListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setChannel(u"lobby"_s);
    QSignalSpy applied(&model, &OccupantListModel::occupantsApplied);
    QVERIFY(applied.isValid());

    model.applyOccupantsInBackground(crowd(0, 6000, 0, 0));
    QVERIFY(applied.wait(20000));
    QCOMPARE(model.rowCount(), 6000);

    // Every seventh user leaves (hundreds of separate ranges), every 97th changes state and
    // 500 join. The tester checks the whole model after each signal, which makes this more
    // work than one slice, so the model yields to the event loop in between.
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    int turnsWhileApplying = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, &model, [&] {
        if (removed.count() > 0 && model.isApplying())
            ++turnsWhileApplying;
    });
    ticker.start(0);
    const QList<Presence::HereNowUser> next = crowd(0, 6500, 7, 1);
    model.applyOccupantsInBackground(next);
    QVERIFY(model.isApplying());
    QVERIFY(applied.wait(60000));
    ticker.stop();
    QVERIFY(!model.isApplying());
    QCOMPARE(removed.count(), 6000 / 7 + 1);
    QVERIFY(turnsWhileApplying > 0);

    // The rows equal a fresh model's rows for the same list, and the index matches them.
    OccupantListModel fresh;
    fresh.applyOccupants(next);
    QCOMPARE(model.rowCount(), fresh.rowCount());
    for (int row = 0; row < fresh.rowCount(); ++row) {
        QCOMPARE(model.userIdAt(row), fresh.userIdAt(row));
        QCOMPARE(model.stateAt(row), fresh.stateAt(row));
        QCOMPARE(model.rowOfUser(model.userIdAt(row)), row);
    }
    QCOMPARE(model.rowOfUser(u"u-7"_s), -1);
}

void TestOccupantListModel::channelSwitchDropsApplication()
{
    OccupantListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setChannel(u"lobby"_s);
    QSignalSpy applied(&model, &OccupantListModel::occupantsApplied);
    model.applyOccupantsInBackground(crowd(0, 2000, 0, 0));
    QVERIFY(applied.wait(20000));

    model.applyOccupantsInBackground(crowd(0, 2000, 3, 1));
    model.setChannel(u"hall"_s);
    QVERIFY(!model.isApplying());
    QCOMPARE(model.rowCount(), 0);
    QTest::qWait(300);
    QCOMPARE(applied.count(), 1);
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestOccupantListModel)
#include "tst_occupantlistmodel.moc"

// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "channellistmodel.h"
#include "modelsignalrecorder.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Presence::ChannelListModel;

namespace {

Presence::HereNowResult result(const QList<QPair<QString, int>> &channels, bool fromCache = false)
{
    Presence::HereNowResult answer;
    for (const auto &[name, occupancy] : channels) {
        Presence::HereNowChannel channel;
        channel.name = name;
        channel.occupancy = occupancy;
        answer.channels.append(channel);
        answer.total_occupancy += occupancy;
    }
    answer.total_channels = int(answer.channels.size());
    answer.fetchedAt = QDateTime::currentDateTimeUtc();
    answer.fromCache = fromCache;
    return answer;
}

QVariant cell(const ChannelListModel &model, const QString &channel, int column,
              int role = Qt::DisplayRole)
{
    return model.data(model.index(model.rowOfChannel(channel), column), role);
}

} // namespace

class TestChannelListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QLocale::setDefault(QLocale::c()); }
    void watchedChannelsInsertAndRemove();
    void hereNowUpdatesInPlace();
    void missingChannelsAreEmpty();
    void cachedAnswerMarked();
    void trendKeepsLastSamples();
    void groupMembersInsertedAndRemoved();
    void accessDeniedMarksNamedChannels();
    void sortRoleIsNumeric();
    void clearResets();
};

void TestChannelListModel::watchedChannelsInsertAndRemove()
{
    ChannelListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ModelSignalRecorder recorder(&model);

    model.setWatchedChannels({ u"a"_s, u"b"_s, u"c"_s, u"d"_s });
    QCOMPARE(recorder.take(), QStringList { u"insert 0-3"_s });

    model.setWatchedChannels({ u"a"_s, u"d"_s, u"e"_s });
    QCOMPARE(recorder.take(), (QStringList { u"remove 1-2"_s, u"insert 2-2"_s }));
    QCOMPARE(model.channelNames(), (QStringList { u"a"_s, u"d"_s, u"e"_s }));
    QCOMPARE(model.rowOfChannel(u"e"_s), 2);
    QCOMPARE(model.rowOfChannel(u"b"_s), -1);
}

void TestChannelListModel::hereNowUpdatesInPlace()
{
    ChannelListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setWatchedChannels({ u"a"_s, u"b"_s, u"c"_s });
    ModelSignalRecorder recorder(&model);

    model.applyHereNow(result({ { u"a"_s, 10 }, { u"b"_s, 5 }, { u"c"_s, 1 } }), {});
    QCOMPARE(recorder.take(), QStringList { u"changed 0-2 columns 1-5"_s });
    QCOMPARE(cell(model, u"a"_s, ChannelListModel::OccupancyColumn).toString(), u"10"_s);
    QCOMPARE(cell(model, u"a"_s, ChannelListModel::ChangeColumn).toString(), QString());
    QCOMPARE(cell(model, u"a"_s, ChannelListModel::StatusColumn).toString(), u"fresh"_s);

    model.applyHereNow(result({ { u"a"_s, 12 }, { u"c"_s, 0 } }), { u"a"_s, u"c"_s });
    QCOMPARE(recorder.take(), (QStringList { u"changed 0-0 columns 1-5"_s,
                                             u"changed 2-2 columns 1-5"_s }));
    QCOMPARE(cell(model, u"a"_s, ChannelListModel::ChangeColumn).toString(), u"+2"_s);
    QCOMPARE(cell(model, u"c"_s, ChannelListModel::ChangeColumn).toString(), u"-1"_s);
    QCOMPARE(cell(model, u"b"_s, ChannelListModel::OccupancyColumn).toString(), u"5"_s);
}

void TestChannelListModel::missingChannelsAreEmpty()
{
    ChannelListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setWatchedChannels({ u"a"_s, u"b"_s });
    model.applyHereNow(result({ { u"a"_s, 3 }, { u"b"_s, 4 } }), {});

    // The service left out b, which was requested, so b is empty now.
    model.applyHereNow(result({ { u"a"_s, 3 } }), { u"a"_s, u"b"_s });
    QCOMPARE(model.occupancyOf(u"b"_s), 0);
    QCOMPARE(cell(model, u"b"_s, ChannelListModel::ChangeColumn).toString(), u"-4"_s);
}

void TestChannelListModel::cachedAnswerMarked()
{
    ChannelListModel model;
    model.setWatchedChannels({ u"a"_s });
    model.applyHereNow(result({ { u"a"_s, 3 } }, true), {});
    QCOMPARE(cell(model, u"a"_s, ChannelListModel::StatusColumn).toString(), u"cached"_s);
    QCOMPARE(cell(model, u"a"_s, 0, ChannelListModel::StatusRole).toInt(),
             int(ChannelListModel::Status::Cached));
}

void TestChannelListModel::trendKeepsLastSamples()
{
    ChannelListModel model;
    model.setWatchedChannels({ u"a"_s });
    for (int i = 1; i <= ChannelListModel::TrendLength + 5; ++i)
        model.applyHereNow(result({ { u"a"_s, i } }), {});

    const QList<int> trend =
            cell(model, u"a"_s, 0, ChannelListModel::TrendRole).value<QList<int>>();
    QCOMPARE(trend.size(), ChannelListModel::TrendLength);
    QCOMPARE(trend.first(), 6);
    QCOMPARE(trend.last(), ChannelListModel::TrendLength + 5);
}

void TestChannelListModel::groupMembersInsertedAndRemoved()
{
    ChannelListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setWatchedChannels({ u"lobby"_s });
    ModelSignalRecorder recorder(&model);

    // The group's response names its channels. The lobby is watched directly and stays so.
    model.applyHereNow(result({ { u"lobby"_s, 9 }, { u"support-1"_s, 2 }, { u"support-2"_s, 1 } }),
                       {}, u"support"_s);
    QCOMPARE(recorder.take(), (QStringList { u"changed 0-0 columns 1-5"_s, u"insert 1-2"_s }));
    QCOMPARE(cell(model, u"support-1"_s, 0, ChannelListModel::GroupRole).toString(), u"support"_s);
    QCOMPARE(cell(model, u"lobby"_s, 0, ChannelListModel::GroupRole).toString(), QString());

    // The registry lists the members: support-3 joins the group, support-1 left it.
    model.setGroupMembers(u"support"_s, { u"support-2"_s, u"support-3"_s });
    QCOMPARE(recorder.take(), (QStringList { u"remove 1-1"_s, u"insert 2-2"_s }));

    model.removeGroup(u"support"_s);
    QCOMPARE(recorder.take(), QStringList { u"remove 1-2"_s });
    QCOMPARE(model.channelNames(), QStringList { u"lobby"_s });
}

void TestChannelListModel::accessDeniedMarksNamedChannels()
{
    ChannelListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setWatchedChannels({ u"a"_s, u"b"_s, u"c"_s });
    ModelSignalRecorder recorder(&model);

    Presence::PresenceError error(Presence::PresenceError::Kind::AccessDenied, 403);
    error.setDenied({ u"b"_s }, {});
    model.applyError({ u"a"_s, u"b"_s }, {}, error);
    QCOMPARE(recorder.take(), QStringList { u"changed 0-1 columns 0-5"_s });
    QCOMPARE(cell(model, u"b"_s, 0, ChannelListModel::StatusRole).toInt(),
             int(ChannelListModel::Status::AccessDenied));
    QCOMPARE(cell(model, u"a"_s, 0, ChannelListModel::StatusRole).toInt(),
             int(ChannelListModel::Status::Error));
    QCOMPARE(cell(model, u"c"_s, 0, ChannelListModel::StatusRole).toInt(),
             int(ChannelListModel::Status::Pending));
    QVERIFY(!cell(model, u"b"_s, 0, Qt::ToolTipRole).toString().isEmpty());
}

void TestChannelListModel::sortRoleIsNumeric()
{
    ChannelListModel model;
    model.setWatchedChannels({ u"a"_s, u"b"_s });
    model.applyHereNow(result({ { u"a"_s, 1200 }, { u"b"_s, 9 } }), {});
    const QVariant big = cell(model, u"a"_s, ChannelListModel::OccupancyColumn,
                              ChannelListModel::SortRole);
    const QVariant small = cell(model, u"b"_s, ChannelListModel::OccupancyColumn,
                                ChannelListModel::SortRole);
    QCOMPARE(big.typeId(), QMetaType::Int);
    QVERIFY(big.toInt() > small.toInt());
}

void TestChannelListModel::clearResets()
{
    ChannelListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setWatchedChannels({ u"a"_s });
    ModelSignalRecorder recorder(&model);
    model.clear();
    QCOMPARE(recorder.take(), QStringList { u"reset"_s });
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestChannelListModel)
#include "tst_channellistmodel.moc"

// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "historystore.h"
#include "occupancychartview.h"
#include "sparklinedelegate.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QDateTimeEdit>
#include <QImage>
#include <QLegend>
#include <QLineSeries>
#include <QPainter>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

using namespace Qt::Literals::StringLiterals;
using namespace Presence;

namespace {

const QDateTime Start(QDate(2026, 11, 27), QTime(0, 0), Qt::UTC);

// Counts pixels close to `colour`, so a test can tell that a series was drawn.
int countPixelsNear(const QImage &image, const QColor &colour)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (qAbs(pixel.red() - colour.red()) < 30 && qAbs(pixel.green() - colour.green()) < 30
                && qAbs(pixel.blue() - colour.blue()) < 30)
                ++count;
        }
    }
    return count;
}

// Counts pixels that are clearly red, including the antialiased edges of a red line.
int countReddishPixels(const QImage &image)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (pixel.red() - pixel.green() > 60 && pixel.red() - pixel.blue() > 60)
                ++count;
        }
    }
    return count;
}

} // namespace

class TestOccupancyChart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void drawsReducedSeriesFromStore();
    void newerReloadWins();
    void destroyedWhileLoading();
    void reductionKeepsExtremes();
    void rangesSetTheAxis_data();
    void rangesSetTheAxis();
    void customRangeShowsEditors();
    void emptyChartExplainsItself();
    void sparklinePaintsValues();
    void sparklineWithoutValuesPaintsNothing();

private:
    QTemporaryDir m_dir;
    HistoryStore m_store;
};

void TestOccupancyChart::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_store.open(m_dir.filePath(u"history.sqlite"_s)));
    // Two days of one sample a minute for three channels, filled in one transaction.
    QSqlDatabase db = m_store.database();
    QVERIFY(db.transaction());
    QSqlQuery insert(db);
    QVERIFY(insert.prepare(u"INSERT INTO occupancy (refresh_id, keyset, channel, time_ms,"
                           " occupancy) VALUES (?, 'demo', ?, ?, ?)"_s));
    for (int minute = 0; minute < 2 * 24 * 60; ++minute) {
        for (int c = 0; c < 3; ++c) {
            insert.bindValue(0, minute);
            insert.bindValue(1, u"channel-%1"_s.arg(c));
            insert.bindValue(2, Start.addSecs(minute * 60).toMSecsSinceEpoch());
            // A daily wave per channel, with one spike of 500 on channel-0.
            int occupancy = 20 * (c + 1) + (minute / 30) % 48 * (c + 1);
            if (c == 0 && minute == 1500)
                occupancy = 500;
            insert.bindValue(3, occupancy);
            QVERIFY(insert.exec());
        }
    }
    QVERIFY(db.commit());
}

void TestOccupancyChart::drawsReducedSeriesFromStore()
{
    OccupancyChartView view;
    view.resize(900, 500);
    view.setStore(&m_store);
    view.setKeyset(u"demo"_s);
    view.setChannels({ u"channel-0"_s, u"channel-1"_s, u"channel-2"_s });
    view.setMaxBuckets(200);
    QSignalSpy loaded(&view, &OccupancyChartView::loaded);
    QVERIFY(loaded.isValid());
    view.setCustomRange(Start, Start.addDays(2));
    QVERIFY(loaded.wait(30000));
    QCOMPARE(loaded.count(), 1);

    const QList<QAbstractSeries *> series = view.chart()->series();
    QCOMPARE(series.size(), 3);
    QCOMPARE(series.at(0)->name(), u"channel-0"_s);
    QVERIFY(view.pointCount() > 3 * 100);
    QVERIFY(view.pointCount() <= 3 * 2 * 201);

    // The one-minute spike survives the reduction to 14-minute buckets.
    auto *first = qobject_cast<QLineSeries *>(series.at(0));
    QVERIFY(first);
    qreal highest = 0;
    const QList<QPointF> points = first->points();
    for (const QPointF &point : points)
        highest = qMax(highest, point.y());
    QCOMPARE(highest, 500.0);

    const QImage image = view.grab().toImage();
    const QString path = m_dir.filePath(u"chart.png"_s);
    QVERIFY(image.save(path));
    if (const QString keep = qEnvironmentVariable("PRESENCE_TEST_SCREENSHOTS"); !keep.isEmpty())
        image.save(keep + u"/occupancychart.png"_s);
    QCOMPARE(image.size(), QSize(900, 500));
    for (QAbstractSeries *drawn : series) {
        const QColor colour = qobject_cast<QLineSeries *>(drawn)->color();
        QVERIFY2(countPixelsNear(image, colour) > 200, qPrintable(drawn->name()));
    }
}

void TestOccupancyChart::newerReloadWins()
{
    OccupancyChartView view;
    view.setDatabasePath(m_store.path());
    QCOMPARE(view.databasePath(), m_store.path());
    view.setKeyset(u"demo"_s);
    view.setChannels({ u"channel-0"_s });
    QSignalSpy loaded(&view, &OccupancyChartView::loaded);
    view.setCustomRange(Start, Start.addDays(2));
    view.setCustomRange(Start, Start.addSecs(3600));
    QVERIFY(loaded.wait(30000));
    // Let the older load arrive too; it must not replace the newer range.
    QTest::qWait(200);
    QCOMPARE(loaded.count(), 1);
    auto *line = qobject_cast<QLineSeries *>(view.chart()->series().value(0));
    QVERIFY(line);
    QCOMPARE(line->count(), 61);
}

void TestOccupancyChart::destroyedWhileLoading()
{
    auto view = std::make_unique<OccupancyChartView>();
    view->setStore(&m_store);
    view->setKeyset(u"demo"_s);
    view->setChannels({ u"channel-0"_s, u"channel-1"_s });
    view->setCustomRange(Start, Start.addDays(2));
    view.reset();
    // Any result still queued for the destroyed view must be dropped.
    QTest::qWait(200);
}

void TestOccupancyChart::reductionKeepsExtremes()
{
    OccupancyChartView view;
    const QDateTime from = Start;
    const QDateTime to = Start.addSecs(300);
    QList<OccupancyBucket> buckets;
    buckets.append({ from.toMSecsSinceEpoch(), from.toMSecsSinceEpoch(),
                     from.addSecs(50).toMSecsSinceEpoch(), 3, 9, 6 });
    buckets.append({ from.addSecs(60).toMSecsSinceEpoch(), from.addSecs(60).toMSecsSinceEpoch(),
                     from.addSecs(60).toMSecsSinceEpoch(), 4, 4, 1 });
    view.setSeriesData(from, to, { { u"a"_s, buckets } });

    auto *line = qobject_cast<QLineSeries *>(view.chart()->series().value(0));
    QVERIFY(line);
    const QList<QPointF> points = line->points();
    QCOMPARE(points.size(), 3);
    QCOMPARE(points.at(0), QPointF(qreal(from.toMSecsSinceEpoch()), 3));
    QCOMPARE(points.at(1).y(), 9.0);
    QVERIFY(points.at(1).x() > points.at(0).x());
    QCOMPARE(points.at(2), QPointF(qreal(from.addSecs(60).toMSecsSinceEpoch()), 4));

    auto *values = qobject_cast<QValueAxis *>(view.chart()->axes(Qt::Vertical).value(0));
    QVERIFY(values);
    QCOMPARE(values->min(), 0.0);
    QVERIFY(values->max() >= 9.0);
}

void TestOccupancyChart::rangesSetTheAxis_data()
{
    QTest::addColumn<OccupancyChartView::Range>("range");
    QTest::addColumn<qint64>("seconds");

    QTest::addRow("15 minutes") << OccupancyChartView::Range::FifteenMinutes << qint64(15 * 60);
    QTest::addRow("1 hour") << OccupancyChartView::Range::OneHour << qint64(3600);
    QTest::addRow("24 hours") << OccupancyChartView::Range::OneDay << qint64(24 * 3600);
    QTest::addRow("7 days") << OccupancyChartView::Range::SevenDays << qint64(7 * 24 * 3600);
}

void TestOccupancyChart::rangesSetTheAxis()
{
    QFETCH(OccupancyChartView::Range, range);
    QFETCH(qint64, seconds);

    OccupancyChartView view;
    view.setStore(&m_store);
    view.setChannels({ u"channel-0"_s });
    QSignalSpy loaded(&view, &OccupancyChartView::loaded);
    view.setRange(range);
    QVERIFY(loaded.wait(30000));
    QCOMPARE(view.range(), range);
    QCOMPARE(view.rangeStart().secsTo(view.rangeEnd()), seconds);
    QVERIFY(qAbs(view.rangeEnd().secsTo(QDateTime::currentDateTimeUtc())) < 60);

    auto *axis = qobject_cast<QDateTimeAxis *>(view.chart()->axes(Qt::Horizontal).value(0));
    QVERIFY(axis);
    QCOMPARE(axis->min().secsTo(axis->max()), seconds);
}

void TestOccupancyChart::customRangeShowsEditors()
{
    OccupancyChartView view;
    view.show();
    const QList<QDateTimeEdit *> edits = view.findChildren<QDateTimeEdit *>();
    QCOMPARE(edits.size(), 2);
    QVERIFY(!edits.at(0)->isVisible());

    view.setCustomRange(Start.addDays(1), Start);
    QCOMPARE(view.range(), OccupancyChartView::Range::Custom);
    QCOMPARE(view.rangeStart(), Start);
    QCOMPARE(view.rangeEnd(), Start.addDays(1));
    QVERIFY(edits.at(0)->isVisible());
    QVERIFY(edits.at(1)->isVisible());
}

void TestOccupancyChart::emptyChartExplainsItself()
{
    OccupancyChartView view;
    view.setStore(&m_store);
    QSignalSpy loaded(&view, &OccupancyChartView::loaded);
    view.reload();
    QCOMPARE(loaded.count(), 1);
    QVERIFY(view.chart()->title().contains(u"watch list"_s));

    view.setChannels({ u"never-recorded"_s });
    view.setCustomRange(Start, Start.addDays(1));
    QVERIFY(loaded.wait(30000));
    QVERIFY(view.chart()->title().contains(u"No occupancy"_s));
    QCOMPARE(view.pointCount(), 0);
}

void TestOccupancyChart::sparklinePaintsValues()
{
    constexpr int Role = Qt::UserRole + 7;
    QStandardItemModel model(1, 1);
    model.setData(model.index(0, 0), QVariant::fromValue(QList<int>{ 0, 0, 0, 10, 10, 10 }), Role);

    SparklineDelegate delegate(Role);
    QCOMPARE(delegate.valuesRole(), Role);
    QImage image(120, 40, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QStyleOptionViewItem option;
    option.rect = image.rect();
    option.state = QStyle::State_Enabled;
    option.palette.setColor(QPalette::Highlight, QColor(200, 0, 0));
    {
        QPainter painter(&image);
        delegate.paint(&painter, option, model.index(0, 0));
    }

    // Low values lie along the bottom on the left; high values along the top on the right.
    const QImage bottomLeft = image.copy(0, 28, 50, 12);
    const QImage topLeft = image.copy(0, 0, 50, 12);
    const QImage topRight = image.copy(70, 0, 50, 12);
    QVERIFY(countReddishPixels(bottomLeft) > 10);
    QCOMPARE(countReddishPixels(topLeft), 0);
    QVERIFY(countReddishPixels(topRight) > 10);
    QVERIFY(delegate.sizeHint(option, model.index(0, 0)).width() >= 80);
}

void TestOccupancyChart::sparklineWithoutValuesPaintsNothing()
{
    constexpr int Role = Qt::UserRole + 7;
    QStandardItemModel model(1, 1);
    SparklineDelegate delegate(Role);
    QImage image(120, 40, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QStyleOptionViewItem option;
    option.rect = image.rect();
    option.state = QStyle::State_Enabled;
    option.palette.setColor(QPalette::Highlight, QColor(200, 0, 0));
    {
        QPainter painter(&image);
        delegate.paint(&painter, option, model.index(0, 0));
    }
    QCOMPARE(countReddishPixels(image), 0);
}

QTEST_MAIN(TestOccupancyChart)

#include "tst_occupancychart.moc"

// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "occupancychartview.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QDateTimeEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QLoggingCategory>
#include <QPointer>
#include <QThread>
#include <QTimer>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <iterator>
#include <chrono>

using namespace Qt::Literals::StringLiterals;

namespace Presence {

namespace {

Q_LOGGING_CATEGORY(lcChart, "presence.ui.chart", QtInfoMsg)

constexpr std::chrono::milliseconds ReloadDelay(500);

qint64 rangeSeconds(OccupancyChartView::Range range)
{
    switch (range) {
    case OccupancyChartView::Range::FifteenMinutes:
        return 15 * 60;
    case OccupancyChartView::Range::OneHour:
        return 60 * 60;
    case OccupancyChartView::Range::OneDay:
        return 24 * 60 * 60;
    case OccupancyChartView::Range::SevenDays:
    case OccupancyChartView::Range::Custom:
        break;
    }
    return 7 * 24 * 60 * 60;
}

// Ten distinct series colours that read on light and dark backgrounds; the chart theme
// itself repeats its colours after five series.
const QRgb SeriesColours[] = { 0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728, 0x9467bd,
                               0x8c564b, 0xe377c2, 0x7f7f7f, 0xbcbd22, 0x17becf };

QColor seriesColour(int index)
{
    constexpr int count = int(std::size(SeriesColours));
    const QColor base = QColor::fromRgb(SeriesColours[index % count]);
    // Past ten series, later rounds are drawn lighter so that they still differ.
    return base.lighter(100 + 30 * (index / count));
}

// Turns buckets into points: one point where a bucket contains a single value, otherwise its
// minimum and maximum, so the line sweeps over the whole spread of the bucket.
QList<QPointF> bucketPoints(const QList<OccupancyBucket> &buckets)
{
    QList<QPointF> points;
    points.reserve(buckets.size() * 2);
    for (const OccupancyBucket &bucket : buckets) {
        if (bucket.minimum == bucket.maximum) {
            points.append(QPointF(qreal(bucket.firstMs), bucket.minimum));
            continue;
        }
        const qreal middle = qreal(bucket.firstMs) + qreal(bucket.lastMs - bucket.firstMs) / 2;
        points.append(QPointF(qreal(bucket.firstMs), bucket.minimum));
        points.append(QPointF(middle, bucket.maximum));
    }
    return points;
}

} // namespace

OccupancyChartView::OccupancyChartView(QWidget *parent)
    : QWidget(parent),
      m_rangeCombo(new QComboBox(this)),
      m_fromEdit(new QDateTimeEdit(this)),
      m_toEdit(new QDateTimeEdit(this)),
      m_fromLabel(new QLabel(tr("&From:"), this)),
      m_toLabel(new QLabel(tr("&To:"), this)),
      m_chart(new QChart),
      m_chartView(new QChartView(m_chart, this)),
      m_timeAxis(new QDateTimeAxis(m_chart)),
      m_valueAxis(new QValueAxis(m_chart)),
      m_reloadTimer(new QTimer(this))
{
    auto *rangeLabel = new QLabel(tr("&Range:"), this);
    rangeLabel->setBuddy(m_rangeCombo);
    m_rangeCombo->addItem(tr("Last 15 minutes"), QVariant::fromValue(Range::FifteenMinutes));
    m_rangeCombo->addItem(tr("Last hour"), QVariant::fromValue(Range::OneHour));
    m_rangeCombo->addItem(tr("Last 24 hours"), QVariant::fromValue(Range::OneDay));
    m_rangeCombo->addItem(tr("Last 7 days"), QVariant::fromValue(Range::SevenDays));
    m_rangeCombo->addItem(tr("Custom range"), QVariant::fromValue(Range::Custom));
    m_rangeCombo->setCurrentIndex(int(m_range));
    for (QDateTimeEdit *edit : { m_fromEdit, m_toEdit }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    }
    m_fromLabel->setBuddy(m_fromEdit);
    m_toLabel->setBuddy(m_toEdit);

    auto *controls = new QHBoxLayout;
    controls->addWidget(rangeLabel);
    controls->addWidget(m_rangeCombo);
    controls->addSpacing(12);
    controls->addWidget(m_fromLabel);
    controls->addWidget(m_fromEdit);
    controls->addWidget(m_toLabel);
    controls->addWidget(m_toEdit);
    controls->addStretch();

    m_chart->legend()->setVisible(true);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_valueAxis, Qt::AlignLeft);
    m_valueAxis->setLabelFormat(u"%d"_s);
    m_valueAxis->setTitleText(tr("Occupancy"));
    m_chartView->setRenderHint(QPainter::Antialiasing);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_chartView, 1);

    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(ReloadDelay);
    connect(m_reloadTimer, &QTimer::timeout, this, &OccupancyChartView::reload);
    connect(m_rangeCombo, &QComboBox::activated, this, [this](int index) {
        setRange(m_rangeCombo->itemData(index).value<Range>());
    });
    for (QDateTimeEdit *edit : { m_fromEdit, m_toEdit }) {
        connect(edit, &QDateTimeEdit::editingFinished, this, [this] {
            setCustomRange(m_fromEdit->dateTime().toUTC(), m_toEdit->dateTime().toUTC());
        });
    }

    computeRange();
    updateRangeControls();
    applyPalette();
    drawSeries(m_from, m_to, {});
}

OccupancyChartView::~OccupancyChartView()
{
    // A load takes a fraction of a second; wait for it so no thread outlives the view.
    for (QThread *loader : std::as_const(m_loaders)) {
        loader->wait();
        delete loader;
    }
}

void OccupancyChartView::setDatabasePath(const QString &path)
{
    if (m_databasePath == path)
        return;
    m_databasePath = path;
    scheduleReload();
}

void OccupancyChartView::setStore(const HistoryStore *store)
{
    setDatabasePath(store && store->isOpen() ? store->path() : QString());
}

void OccupancyChartView::setKeyset(const QString &keyset)
{
    if (m_keyset == keyset)
        return;
    m_keyset = keyset;
    scheduleReload();
}

void OccupancyChartView::setChannels(const QStringList &channels)
{
    if (m_channels == channels)
        return;
    m_channels = channels;
    scheduleReload();
}

void OccupancyChartView::setRange(Range range)
{
    if (range == Range::Custom && m_range != Range::Custom) {
        // Start the custom range from the range shown so far, so the chart does not jump.
        m_fromEdit->setDateTime(m_from.toLocalTime());
        m_toEdit->setDateTime(m_to.toLocalTime());
    }
    const bool changed = m_range != range;
    m_range = range;
    computeRange();
    updateRangeControls();
    reload();
    if (changed)
        Q_EMIT rangeChanged(range);
}

void OccupancyChartView::setCustomRange(const QDateTime &from, const QDateTime &to)
{
    const bool changed = m_range != Range::Custom;
    m_range = Range::Custom;
    m_from = std::min(from, to).toUTC();
    m_to = std::max(from, to).toUTC();
    m_fromEdit->setDateTime(m_from.toLocalTime());
    m_toEdit->setDateTime(m_to.toLocalTime());
    updateRangeControls();
    reload();
    if (changed)
        Q_EMIT rangeChanged(m_range);
}

void OccupancyChartView::setMaxBuckets(int buckets)
{
    m_maxBuckets = std::max(buckets, 2);
    scheduleReload();
}

void OccupancyChartView::reload()
{
    m_reloadTimer->stop();
    computeRange();
    const quint64 generation = ++m_generation;

    if (m_databasePath.isEmpty() || m_channels.isEmpty()) {
        finishLoad(generation, m_from, m_to, {});
        return;
    }

    // Reducing a week of samples takes SQLite a few hundred milliseconds, too long for the
    // GUI thread, so a worker reads the file on its own connection.
    const QPointer<OccupancyChartView> self(this);
    const QString path = m_databasePath;
    const qint64 bucketMs = std::max<qint64>(1, m_from.msecsTo(m_to) / m_maxBuckets);
    QThread *loader = QThread::create([self, generation, path, keyset = m_keyset,
                                       channels = m_channels, from = m_from, to = m_to,
                                       bucketMs] {
        QHash<QString, QList<OccupancyBucket>> series;
        HistoryStore store;
        if (store.open(path)) {
            series = store.buckets(keyset, channels, from, to, bucketMs);
        } else {
            qCWarning(lcChart) << "Could not read the history for the chart:"
                               << store.errorString();
        }
        QMetaObject::invokeMethod(
                self,
                [self, generation, from, to, series] {
                    if (self)
                        self->finishLoad(generation, from, to, series);
                },
                Qt::QueuedConnection);
    });
    m_loaders.append(loader);
    connect(loader, &QThread::finished, this, [this, loader] {
        m_loaders.removeOne(loader);
        loader->deleteLater();
    });
    loader->start();
}

void OccupancyChartView::finishLoad(quint64 generation, const QDateTime &from,
                                    const QDateTime &to,
                                    const QHash<QString, QList<OccupancyBucket>> &series)
{
    if (generation != m_generation)
        return;
    drawSeries(from, to, series);
    Q_EMIT loaded();
}

void OccupancyChartView::scheduleReload()
{
    m_reloadTimer->start();
}

void OccupancyChartView::setSeriesData(const QDateTime &from, const QDateTime &to,
                                       const QHash<QString, QList<OccupancyBucket>> &series)
{
    ++m_generation;
    drawSeries(from, to, series);
}

void OccupancyChartView::drawSeries(const QDateTime &from, const QDateTime &to,
                                    const QHash<QString, QList<OccupancyBucket>> &series)
{
    // Series are replaced, not updated: QLineSeries::replace() on a whole list is the fast
    // path, and removing a series also removes its legend entry.
    m_chart->removeAllSeries();

    int maximum = 0;
    int drawnSeries = 0;
    QStringList names = m_channels;
    for (auto it = series.cbegin(); it != series.cend(); ++it) {
        if (!names.contains(it.key()))
            names.append(it.key());
    }
    for (const QString &name : std::as_const(names)) {
        const auto found = series.constFind(name);
        if (found == series.cend())
            continue;
        auto *line = new QLineSeries;
        line->setName(name);
        line->setUseOpenGL(false);
        line->setColor(seriesColour(int(m_chart->series().size())));
        line->replace(bucketPoints(*found));
        for (const OccupancyBucket &bucket : *found)
            maximum = std::max(maximum, bucket.maximum);
        m_chart->addSeries(line);
        line->attachAxis(m_timeAxis);
        line->attachAxis(m_valueAxis);
        if (!found->isEmpty())
            ++drawnSeries;
    }

    const qint64 spanSeconds = from.secsTo(to);
    m_timeAxis->setFormat(spanSeconds > 24 * 60 * 60 ? u"MMM d HH:mm"_s
                                                          : spanSeconds > 60 * 60 ? u"HH:mm"_s
                                                                                  : u"HH:mm:ss"_s);
    m_timeAxis->setTickCount(spanSeconds > 2 * 24 * 60 * 60 ? 8 : 7);
    m_timeAxis->setRange(from.toLocalTime(), to.toLocalTime());
    m_valueAxis->setRange(0, std::max(maximum + maximum / 10 + 1, 5));
    m_valueAxis->applyNiceNumbers();

    if (names.isEmpty())
        m_chart->setTitle(tr("Add channels to the watch list to chart their occupancy."));
    else if (drawnSeries == 0)
        m_chart->setTitle(tr("No occupancy was recorded for these channels in this range."));
    else
        m_chart->setTitle({});
    applyPalette();
    qCDebug(lcChart) << "Drew" << pointCount() << "points in" << series.size() << "series";
}

int OccupancyChartView::pointCount() const
{
    int count = 0;
    const QList<QAbstractSeries *> all = m_chart->series();
    for (QAbstractSeries *series : all) {
        if (auto *line = qobject_cast<QLineSeries *>(series))
            count += line->count();
    }
    return count;
}

void OccupancyChartView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void OccupancyChartView::updateRangeControls()
{
    const bool custom = m_range == Range::Custom;
    for (QWidget *widget : { static_cast<QWidget *>(m_fromEdit), static_cast<QWidget *>(m_toEdit),
                             static_cast<QWidget *>(m_fromLabel),
                             static_cast<QWidget *>(m_toLabel) })
        widget->setVisible(custom);
    const int index = m_rangeCombo->findData(QVariant::fromValue(m_range));
    if (index >= 0)
        m_rangeCombo->setCurrentIndex(index);
}

void OccupancyChartView::computeRange()
{
    if (m_range == Range::Custom)
        return;
    m_to = QDateTime::currentDateTimeUtc();
    m_from = m_to.addSecs(-rangeSeconds(m_range));
}

void OccupancyChartView::applyPalette()
{
    // Follow the widget palette (light or dark) instead of the chart theme's fixed colours;
    // the series keep the theme's distinct colours.
    const QPalette colours = palette();
    m_chart->setBackgroundBrush(colours.color(QPalette::Base));
    m_chart->setTitleBrush(colours.color(QPalette::Text));
    m_chart->legend()->setLabelColor(colours.color(QPalette::Text));
    for (QAbstractAxis *axis : { static_cast<QAbstractAxis *>(m_timeAxis),
                                 static_cast<QAbstractAxis *>(m_valueAxis) }) {
        axis->setLabelsColor(colours.color(QPalette::Text));
        axis->setTitleBrush(colours.color(QPalette::Text));
        axis->setGridLineColor(colours.color(QPalette::Midlight));
        axis->setLinePenColor(colours.color(QPalette::Mid));
    }
    m_chartView->setBackgroundBrush(colours.color(QPalette::Window));
}

} // namespace Presence

// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "historystore.h"

#include <QDateTime>
#include <QHash>
#include <QStringList>
#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QDateTimeAxis;
class QDateTimeEdit;
class QLabel;
class QThread;
class QTimer;
class QValueAxis;

namespace Presence {

// A line chart of recorded occupancy, one series per channel, over a chosen time range.
// Long ranges are reduced in SQL to the minimum and maximum of each bucket, so a week of
// samples draws as about two points per bucket and channel.
class OccupancyChartView : public QWidget
{
    Q_OBJECT

public:
    enum class Range { FifteenMinutes, OneHour, OneDay, SevenDays, Custom };
    Q_ENUM(Range)

    explicit OccupancyChartView(QWidget *parent = nullptr);
    ~OccupancyChartView() override;

    // The history database to chart, such as HistoryRecorder::databasePath(). The view
    // reads it in a worker thread, on a connection of its own.
    void setDatabasePath(const QString &path);
    QString databasePath() const { return m_databasePath; }
    // Charts the database of an open store; the view neither keeps nor uses the store itself.
    void setStore(const HistoryStore *store);
    void setKeyset(const QString &keyset);
    void setChannels(const QStringList &channels);
    QStringList channels() const { return m_channels; }

    void setRange(Range range);
    Range range() const { return m_range; }
    // Switches to Range::Custom with these limits.
    void setCustomRange(const QDateTime &from, const QDateTime &to);
    QDateTime rangeStart() const { return m_from; }
    QDateTime rangeEnd() const { return m_to; }

    // Buckets per series for reduced ranges (default 800).
    void setMaxBuckets(int buckets);

    // Draws buckets directly, without a store, and drops any load still running.
    void setSeriesData(const QDateTime &from, const QDateTime &to,
                       const QHash<QString, QList<OccupancyBucket>> &series);

    QChart *chart() const { return m_chart; }
    // Points drawn over all series, for tests and benchmarks.
    int pointCount() const;

public Q_SLOTS:
    // Reads the store again in a worker thread for the current range, which ends now unless
    // it is custom. loaded() follows once the chart shows the result.
    void reload();
    // Reloads once after a short delay, however often it is called meanwhile (for example
    // on every recorded refresh).
    void scheduleReload();

Q_SIGNALS:
    void rangeChanged(Presence::OccupancyChartView::Range range);
    // The chart shows the data of the latest reload().
    void loaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void finishLoad(quint64 generation, const QDateTime &from, const QDateTime &to,
                    const QHash<QString, QList<OccupancyBucket>> &series);
    void drawSeries(const QDateTime &from, const QDateTime &to,
                    const QHash<QString, QList<OccupancyBucket>> &series);
    void updateRangeControls();
    void computeRange();
    void applyPalette();

    QString m_databasePath;
    QString m_keyset;
    QStringList m_channels;
    Range m_range = Range::OneHour;
    QDateTime m_from;
    QDateTime m_to;
    int m_maxBuckets = 800;

    QComboBox *m_rangeCombo = nullptr;
    QDateTimeEdit *m_fromEdit = nullptr;
    QDateTimeEdit *m_toEdit = nullptr;
    QLabel *m_fromLabel = nullptr;
    QLabel *m_toLabel = nullptr;
    QChart *m_chart = nullptr;
    QChartView *m_chartView = nullptr;
    QDateTimeAxis *m_timeAxis = nullptr;
    QValueAxis *m_valueAxis = nullptr;
    QTimer *m_reloadTimer = nullptr;
    // Results of older reloads are dropped when they arrive after a newer one started.
    quint64 m_generation = 0;
    QList<QThread *> m_loaders;
};

} // namespace Presence

// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QStatusBar>

class QLabel;

namespace Presence {

// Keyset, time of the last refresh, age of the data, requests sent, the last error and the
// countdown to the next refresh.
class DashboardStatusBar : public QStatusBar
{
    Q_OBJECT

public:
    explicit DashboardStatusBar(QWidget *parent = nullptr);

    void setKeyset(const QString &name);
    void setLastRefresh(const QDateTime &when);
    void setDataAgeMs(qint64 ageMs);
    void setRequestsSent(int count);
    void setLastError(const QString &message);
    // A negative value shows "refreshing...", except -2, which shows "paused".
    void setCountdownMs(qint64 ms);
    QString summary() const;

private:
    QLabel *m_keyset = nullptr;
    QLabel *m_refreshed = nullptr;
    QLabel *m_age = nullptr;
    QLabel *m_requests = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_countdown = nullptr;
    QDateTime m_lastRefresh;
};

} // namespace Presence

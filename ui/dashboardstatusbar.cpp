// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "dashboardstatusbar.h"

#include <QLabel>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace Presence {

namespace {

QLabel *addLabel(QStatusBar *bar, const QString &accessibleName, int stretch)
{
    auto *label = new QLabel(bar);
    label->setAccessibleName(accessibleName);
    // A gap after each part, since the style may draw no frame between status bar items.
    label->setContentsMargins(0, 0, 14, 0);
    bar->addWidget(label, stretch);
    return label;
}

} // namespace

DashboardStatusBar::DashboardStatusBar(QWidget *parent)
    : QStatusBar(parent)
{
    m_keyset = addLabel(this, tr("Keyset"), 0);
    m_refreshed = addLabel(this, tr("Last refresh"), 0);
    m_age = addLabel(this, tr("Data age"), 0);
    m_requests = addLabel(this, tr("Requests sent"), 0);
    m_error = addLabel(this, tr("Last error"), 1);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_countdown = new QLabel(this);
    m_countdown->setAccessibleName(tr("Next refresh"));
    addPermanentWidget(m_countdown);

    setKeyset({});
    setLastRefresh({});
    setDataAgeMs(-1);
    setRequestsSent(0);
    setLastError({});
    setCountdownMs(-1);
}

void DashboardStatusBar::setKeyset(const QString &name)
{
    m_keyset->setText(name.isEmpty() ? tr("no keyset") : tr("keyset %1").arg(name));
}

void DashboardStatusBar::setLastRefresh(const QDateTime &when)
{
    m_lastRefresh = when;
    if (!when.isValid()) {
        m_refreshed->setText(tr("not refreshed yet"));
        return;
    }
    const qint64 seconds = qMax<qint64>(0, when.secsTo(QDateTime::currentDateTimeUtc()));
    m_refreshed->setText(tr("refreshed %1 s ago").arg(seconds));
}

void DashboardStatusBar::setDataAgeMs(qint64 ageMs)
{
    m_age->setVisible(ageMs >= 0);
    if (ageMs >= 0)
        m_age->setText(tr("data age %1 s").arg(QLocale().toString(double(ageMs) / 1000.0, 'f', 1)));
}

void DashboardStatusBar::setRequestsSent(int count)
{
    m_requests->setText(tr("%n request(s)", nullptr, count));
}

void DashboardStatusBar::setLastError(const QString &message)
{
    m_error->setText(message.isEmpty() ? tr("last error: none") : tr("last error: %1").arg(message));
    m_error->setToolTip(message);
}

void DashboardStatusBar::setCountdownMs(qint64 ms)
{
    if (ms == -2) {
        m_countdown->setText(tr("paused"));
        return;
    }
    if (ms < 0) {
        m_countdown->setText(tr("refreshing..."));
        return;
    }
    m_countdown->setText(tr("next refresh in %1 s").arg((ms + 999) / 1000));
}

QString DashboardStatusBar::summary() const
{
    return QStringList { m_keyset->text(), m_refreshed->text(), m_age->text(), m_requests->text(),
                         m_error->text(), m_countdown->text() }
            .join(u" · "_s);
}

} // namespace Presence

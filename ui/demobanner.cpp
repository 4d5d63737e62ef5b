// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "demobanner.h"

#include "dashboardicons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace Presence {

DemoBanner::DemoBanner(QWidget *parent)
    : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);

    m_label = new QLabel(this);
    m_label->setForegroundRole(QPalette::ToolTipText);
    m_connectButton = new QPushButton(tr("Connect a real keyset..."), this);
    m_connectButton->setIcon(dashboardIcon(u"connect"_s, palette()));
    m_connectButton->setAccessibleName(tr("Connect a real keyset"));
    connect(m_connectButton, &QPushButton::clicked, this, &DemoBanner::connectRequested);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 2, 4, 2);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_connectButton);

    setSimulatedUsers(0);
    setAccessibleName(tr("Simulation notice"));
}

void DemoBanner::setSimulatedUsers(int users)
{
    if (users > 0) {
        m_label->setText(tr("This is a simulation: a local presence server with %n simulated "
                            "users. Nothing here reaches PubNub.",
                            nullptr, users));
    } else {
        m_label->setText(tr("This is a simulation: a local presence server with simulated "
                            "users. Nothing here reaches PubNub."));
    }
    m_label->setAccessibleName(m_label->text());
}

QString DemoBanner::text() const
{
    return m_label->text();
}

} // namespace Presence

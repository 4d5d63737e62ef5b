// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace Presence {

// The notice shown while the dashboard runs on the built-in simulation, with a button that
// opens the profile dialog for a real keyset.
class DemoBanner : public QFrame
{
    Q_OBJECT

public:
    explicit DemoBanner(QWidget *parent = nullptr);

    void setSimulatedUsers(int users);
    QString text() const;

Q_SIGNALS:
    void connectRequested();

private:
    QLabel *m_label = nullptr;
    QPushButton *m_connectButton = nullptr;
};

} // namespace Presence

// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>

class QSocketNotifier;

namespace Presence {

/**
 * Turns SIGINT and SIGTERM into the Qt signal `terminationRequested`, emitted from the event
 * loop, so that a program can stop its servers and write its data before it exits. The signal
 * handler only writes a byte to a socket pair. Only one instance may exist at a time; its
 * destructor restores the default handlers.
 */
class TerminationSignals : public QObject
{
    Q_OBJECT

public:
    explicit TerminationSignals(QObject *parent = nullptr);
    ~TerminationSignals() override;

    // False when the handlers could not be installed; the default handlers then stay.
    bool isActive() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Presence

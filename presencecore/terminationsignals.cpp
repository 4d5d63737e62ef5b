// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "terminationsignals.h"

#include "logging_p.h"

#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace Presence {

namespace {

// The handler writes the signal number here; the notifier reads it on the event loop.
int signalSockets[2] = { -1, -1 };

void handleSignal(int signalNumber)
{
    const unsigned char byte = static_cast<unsigned char>(signalNumber);
    [[maybe_unused]] const ssize_t written = ::write(signalSockets[0], &byte, 1);
}

bool setHandler(int signalNumber, void (*handler)(int))
{
    struct sigaction action = {};
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(signalNumber, &action, nullptr) == 0;
}

} // namespace

TerminationSignals::TerminationSignals(QObject *parent)
    : QObject(parent)
{
    if (signalSockets[0] >= 0) {
        qCWarning(lcProcess) << "Termination signals are already watched by another instance.";
        return;
    }
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalSockets) != 0) {
        qCWarning(lcProcess) << "Could not create the socket pair for SIGINT and SIGTERM.";
        signalSockets[0] = signalSockets[1] = -1;
        return;
    }
    if (!setHandler(SIGINT, handleSignal) || !setHandler(SIGTERM, handleSignal)) {
        qCWarning(lcProcess) << "Could not install the handlers of SIGINT and SIGTERM.";
        setHandler(SIGINT, SIG_DFL);
        setHandler(SIGTERM, SIG_DFL);
        ::close(signalSockets[0]);
        ::close(signalSockets[1]);
        signalSockets[0] = signalSockets[1] = -1;
        return;
    }

    m_notifier = new QSocketNotifier(signalSockets[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] {
        unsigned char byte = 0;
        if (::read(signalSockets[1], &byte, 1) == 1) {
            qCInfo(lcProcess) << "Received signal" << int(byte) << "and stopping.";
            Q_EMIT terminationRequested(int(byte));
        }
    });
}

TerminationSignals::~TerminationSignals()
{
    if (!m_notifier)
        return;
    setHandler(SIGINT, SIG_DFL);
    setHandler(SIGTERM, SIG_DFL);
    delete m_notifier;
    ::close(signalSockets[0]);
    ::close(signalSockets[1]);
    signalSockets[0] = signalSockets[1] = -1;
}

} // namespace Presence

// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "historyexport.h"

#include <QDialog>

class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace Presence {

// Asks which recorded channels, which time range and which file a history export uses.
class HistoryExportDialog : public QDialog
{
    Q_OBJECT

public:
    // `channels` are offered with `selected` ones checked; the range defaults to the last day.
    HistoryExportDialog(const QStringList &channels, const QStringList &selected,
                        QWidget *parent = nullptr);
    ~HistoryExportDialog() override;

    void setRange(const QDateTime &from, const QDateTime &to);
    void setOutputPath(const QString &path);

    QStringList selectedChannels() const;
    // The request with the chosen channels, range and file; the caller adds the database
    // and keyset.
    HistoryExportRequest request() const;

    void accept() override;

private:
    void chooseFile();
    void updateOkButton();

    QListWidget *m_channelList = nullptr;
    QDateTimeEdit *m_fromEdit = nullptr;
    QDateTimeEdit *m_toEdit = nullptr;
    QLineEdit *m_pathEdit = nullptr;
    QLabel *m_problemLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Presence

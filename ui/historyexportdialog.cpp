// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "historyexportdialog.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace Presence {

HistoryExportDialog::HistoryExportDialog(const QStringList &channels, const QStringList &selected,
                                         QWidget *parent)
    : QDialog(parent),
      m_channelList(new QListWidget(this)),
      m_fromEdit(new QDateTimeEdit(this)),
      m_toEdit(new QDateTimeEdit(this)),
      m_pathEdit(new QLineEdit(this)),
      m_problemLabel(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Export History"));

    for (const QString &channel : channels) {
        auto *item = new QListWidgetItem(channel, m_channelList);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(selected.contains(channel) ? Qt::Checked : Qt::Unchecked);
    }
    for (QDateTimeEdit *edit : { m_fromEdit, m_toEdit }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd HH:mm:ss"_s);
    }
    const QDateTime now = QDateTime::currentDateTime();
    setRange(now.addDays(-1), now);

    auto *browseButton = new QPushButton(tr("&Browse…"), this);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_pathEdit, 1);
    fileRow->addWidget(browseButton);
    m_pathEdit->setText(
            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                    .filePath(u"occupancy-history.csv"_s));

    m_pathEdit->setMinimumWidth(320);
    m_problemLabel->setWordWrap(true);
    m_problemLabel->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Channels:"), m_channelList);
    form->addRow(tr("&From:"), m_fromEdit);
    form->addRow(tr("&To:"), m_toEdit);
    // A label of a layout row has no buddy of its own, so point its mnemonic at the path.
    auto *fileLabel = new QLabel(tr("F&ile:"), this);
    fileLabel->setBuddy(m_pathEdit);
    form->addRow(fileLabel, fileRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_buttons);

    connect(browseButton, &QPushButton::clicked, this, &HistoryExportDialog::chooseFile);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &HistoryExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &HistoryExportDialog::reject);
    connect(m_channelList, &QListWidget::itemChanged, this, &HistoryExportDialog::updateOkButton);
    connect(m_pathEdit, &QLineEdit::textChanged, this, &HistoryExportDialog::updateOkButton);

    updateOkButton();
}

HistoryExportDialog::~HistoryExportDialog() = default;

void HistoryExportDialog::setRange(const QDateTime &from, const QDateTime &to)
{
    m_fromEdit->setDateTime(from.toLocalTime());
    m_toEdit->setDateTime(to.toLocalTime());
}

void HistoryExportDialog::setOutputPath(const QString &path)
{
    m_pathEdit->setText(path);
}

QStringList HistoryExportDialog::selectedChannels() const
{
    QStringList channels;
    for (int row = 0; row < m_channelList->count(); ++row) {
        const QListWidgetItem *item = m_channelList->item(row);
        if (item->checkState() == Qt::Checked)
            channels.append(item->text());
    }
    return channels;
}

HistoryExportRequest HistoryExportDialog::request() const
{
    HistoryExportRequest request;
    request.channels = selectedChannels();
    request.from = m_fromEdit->dateTime().toUTC();
    request.to = m_toEdit->dateTime().toUTC();
    request.outputPath = m_pathEdit->text().trimmed();
    return request;
}

void HistoryExportDialog::accept()
{
    HistoryExportRequest candidate = request();
    // The database is checked when the export starts; here only the form is validated.
    candidate.databasePath.clear();
    const QString problem = HistoryExport::validate(candidate);
    if (!problem.isEmpty()) {
        m_problemLabel->setText(problem);
        m_problemLabel->show();
        return;
    }
    QDialog::accept();
}

void HistoryExportDialog::chooseFile()
{
    const QString path = QFileDialog::getSaveFileName(
            this, tr("Export History"), m_pathEdit->text(), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        m_pathEdit->setText(path);
}

void HistoryExportDialog::updateOkButton()
{
    m_buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(!selectedChannels().isEmpty() && !m_pathEdit->text().trimmed().isEmpty());
}

} // namespace Presence

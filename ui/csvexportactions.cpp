// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "csvexportactions.h"

#include "csv/occupancycsv.h"
#include "csvexportrunner.h"
#include "historyexportdialog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace Presence::CsvExportActions {

namespace {

// The translation context of the export messages, visible to lupdate.
class CsvExportText
{
    Q_DECLARE_TR_FUNCTIONS(CsvExportText)
};

QString askForFile(QWidget *parent, const QString &title, const QString &suggestedName)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getSaveFileName(parent, title, QDir(folder).filePath(suggestedName),
        CsvExportText::tr("CSV files (*.csv)"));
}

bool saveSnapshot(QWidget *parent, const HereNowResult &result, bool occupants)
{
    const QString title =
        occupants ? CsvExportText::tr("Export Occupants") : CsvExportText::tr("Export Occupancy");
    const QString stamp = OccupancyCsv::snapshotTime(result).toString(u"yyyyMMdd-HHmmss"_s);
    const QString path = askForFile(
        parent, title, (occupants ? u"occupants-%1.csv"_s : u"occupancy-%1.csv"_s).arg(stamp));
    if (path.isEmpty())
        return false;

    QString error;
    const bool saved = occupants ? OccupancyCsv::saveOccupantsNow(path, result, &error)
                                 : OccupancyCsv::saveOccupancyNow(path, result, &error);
    if (!saved)
        QMessageBox::warning(parent, CsvExportText::tr("Export Failed"), error);
    return saved;
}

} // namespace

bool exportOccupancyNow(QWidget *parent, const HereNowResult &result)
{
    return saveSnapshot(parent, result, false);
}

bool exportOccupantsNow(QWidget *parent, const HereNowResult &result)
{
    return saveSnapshot(parent, result, true);
}

bool exportHistory(QWidget *parent, const QString &databasePath, const QString &keyset,
    const QStringList &recordedChannels, const QStringList &selected)
{
    if (recordedChannels.isEmpty()) {
        QMessageBox::information(parent, CsvExportText::tr("Export History"),
            CsvExportText::tr("No occupancy has been recorded yet: refresh the watch list "
                              "first, then export its history."));
        return false;
    }

    HistoryExportDialog dialog(recordedChannels, selected, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;

    HistoryExportRequest request = dialog.request();
    request.databasePath = databasePath;
    request.keyset = keyset;
    return exportHistoryWithProgress(parent, request);
}

} // namespace Presence::CsvExportActions

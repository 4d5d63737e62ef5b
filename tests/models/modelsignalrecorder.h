// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QAbstractItemModel>
#include <QStringList>

// Records the structural and data signals of a model as readable lines, such as
// "remove 1-3", "insert 4-5", "changed 2-2 columns 1-1" and "reset", in emission order.
class ModelSignalRecorder : public QObject
{
public:
    explicit ModelSignalRecorder(QAbstractItemModel *model)
    {
        using namespace Qt::Literals::StringLiterals;
        connect(model, &QAbstractItemModel::rowsRemoved, this,
                [this](const QModelIndex &, int first, int last) {
                    lines.append(u"remove %1-%2"_s.arg(first).arg(last));
                });
        connect(model, &QAbstractItemModel::rowsInserted, this,
                [this](const QModelIndex &, int first, int last) {
                    lines.append(u"insert %1-%2"_s.arg(first).arg(last));
                });
        connect(model, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                    lines.append(u"changed %1-%2 columns %3-%4"_s.arg(topLeft.row())
                                         .arg(bottomRight.row())
                                         .arg(topLeft.column())
                                         .arg(bottomRight.column()));
                });
        connect(model, &QAbstractItemModel::modelReset, this,
                [this] { lines.append(u"reset"_s); });
        connect(model, &QAbstractItemModel::layoutChanged, this,
                [this] { lines.append(u"layout"_s); });
    }

    QStringList take()
    {
        QStringList taken = lines;
        lines.clear();
        return taken;
    }

    QStringList lines;
};

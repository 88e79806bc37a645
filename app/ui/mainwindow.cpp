// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include <QApplication>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
}

int MainWindow::launch(const QStringList &arguments)
{
    Q_UNUSED(arguments)
    MainWindow w;
    w.show();
    return QApplication::exec();
}

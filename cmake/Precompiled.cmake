# SPDX-License-Identifier: GPL-3.0-or-later
# Precompiled headers. Parsing Qt's headers is about two thirds of the time spent on each file
# (measured: 9.1 s for a GUI test, 4.4 s once <QtTest> and the widgets are precompiled), so each
# layer precompiles the Qt headers its files include most. Only Qt headers go in: a project
# header in a precompiled set would rebuild everything when it changes. The sets are what the
# layer's files include anyway, so a missing include cannot hide behind them for long: the files
# are still checked without them when RECUEIL_PCH is OFF (the dev preset).

set(RECUEIL_PCH_CORE
    <QByteArray> <QDateTime> <QDir> <QFile> <QFileInfo> <QHash> <QJsonArray> <QJsonDocument>
    <QJsonObject> <QList> <QObject> <QRegularExpression> <QSet> <QString> <QStringList>
    <QTimeZone> <QVariant>)
set(RECUEIL_PCH_SQL <QSqlDatabase> <QSqlError> <QSqlQuery>)
set(RECUEIL_PCH_GUI <QColor> <QFont> <QPainter> <QRectF>)
set(RECUEIL_PCH_WIDGETS
    <QApplication> <QComboBox> <QDialog> <QDialogButtonBox> <QHBoxLayout> <QHeaderView>
    <QLabel> <QLineEdit> <QMessageBox> <QPushButton> <QTreeWidget> <QVBoxLayout> <QWidget>)

# recueil_precompile(TARGET SETS…): the target precompiles the named sets (CORE, SQL, GUI,
# WIDGETS) for its own files.
function(recueil_precompile target)
    if(NOT RECUEIL_PCH)
        return()
    endif()
    set(headers)
    foreach(set_name IN LISTS ARGN)
        list(APPEND headers ${RECUEIL_PCH_${set_name}})
    endforeach()
    target_precompile_headers(${target} PRIVATE ${headers})
endfunction()

# recueil_precompile_test(TARGET KEY SETS…): tests with the same KEY have the same compile
# flags (same folder, same libraries), so the first one precompiles <QtTest> and the sets and
# the others reuse its result instead of building their own, which would cost more than it saves
# for a one-file executable.
function(recueil_precompile_test target key)
    if(NOT RECUEIL_PCH)
        return()
    endif()
    string(MAKE_C_IDENTIFIER "RECUEIL_PCH_HOST_${key}" host_property)
    get_property(host GLOBAL PROPERTY ${host_property})
    if(host)
        target_precompile_headers(${target} REUSE_FROM ${host})
    else()
        set_property(GLOBAL PROPERTY ${host_property} ${target})
        recueil_precompile(${target} ${ARGN})
        target_precompile_headers(${target} PRIVATE <QtTest>)
    endif()
endfunction()

#pragma once

#include <QString>
#include <QStringList>

namespace bnet::gui {

// What the command line asked for.
struct GuiOptions
{
    bool demo = false;
    QString databasePath;    // empty: the default (or demo.sqlite for the demo)
    QString palette;         // "dark", "light" or empty (the platform's own)
    int demoLatencyMs = 300; // slow enough to watch each card's status change
    int demoJitterMs = 200;
    int demoCharacters = 0; // 0: the built-in demo account; N: a generated one of N characters
    QStringList demoFaults; // simulator fault specs (docs/simulator.md)
};

// Parses the arguments; prints help or an error and returns false when the app should exit
// with `exitCode`.
bool parseGuiOptions(const QStringList &arguments, GuiOptions &options, int &exitCode);

// The platform's palette unless --palette (or BNETSYNC_PALETTE) asks for Fusion light or dark.
void applyPalette(const QString &palette);

} // namespace bnet::gui

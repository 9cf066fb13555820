#include "SearchKey.h"

#include <QLocale>

namespace bnet::ui {

QCollator nameCollator()
{
    QCollator collator(QLocale().language() == QLocale::C ? QLocale(QLocale::English) : QLocale());
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    return collator;
}

QString foldForSearch(QStringView text)
{
    // NFKD splits "é" into "e" and a combining accent, which is then dropped.
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        // Letters that do not decompose but that players type as two letters.
        switch (c.unicode()) {
        case 0x00C6: // Æ
        case 0x00E6: // æ
            folded += QStringView(u"ae");
            continue;
        case 0x00D8: // Ø
        case 0x00F8: // ø
            folded += u'o';
            continue;
        case 0x00DF: // ß
            folded += QStringView(u"ss");
            continue;
        default:
            break;
        }
        folded += c.toCaseFolded();
    }
    return folded;
}

} // namespace bnet::ui

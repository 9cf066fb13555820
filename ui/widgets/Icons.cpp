#include "Icons.h"

#include <QApplication>
#include <QIconEngine>
#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QSvgRenderer>

using namespace Qt::StringLiterals;

// Outside any namespace, as Q_INIT_RESOURCE requires.
static void initBnetsyncResources()
{
    Q_INIT_RESOURCE(bnetsync);
}

namespace bnet::ui::Icons {
namespace {

class TintedSvgEngine final : public QIconEngine
{
public:
    TintedSvgEngine(QString path, QColor tint)
        : m_path(std::move(path))
        , m_tint(std::move(tint))
    {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        painter->drawImage(rect, render(rect.size(), ratio, mode));
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State) override
    {
        return QPixmap::fromImage(render(size, 1.0, mode));
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State, qreal scale) override
    {
        QImage image = render(size, scale, mode);
        return QPixmap::fromImage(std::move(image));
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }
    QIconEngine *clone() const override { return new TintedSvgEngine(m_path, m_tint); }
    QString key() const override { return u"bnetsync-tinted-svg"_s; }

private:
    QImage render(const QSize &size, qreal ratio, QIcon::Mode mode) const
    {
        QImage image(size * ratio, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(ratio);
        image.fill(Qt::transparent);
        QSvgRenderer renderer(m_path);
        QPainter p(&image);
        renderer.render(&p, QRectF(QPointF(0, 0), QSizeF(size)));
        const QPalette palette = QApplication::palette();
        QColor colour = m_tint.isValid() ? m_tint : palette.color(QPalette::ButtonText);
        if (mode == QIcon::Disabled)
            colour = palette.color(QPalette::Disabled, QPalette::ButtonText);
        else if (mode == QIcon::Selected)
            colour = palette.color(QPalette::HighlightedText);
        p.setCompositionMode(QPainter::CompositionMode_SourceIn);
        p.fillRect(QRectF(QPointF(0, 0), QSizeF(size)), colour);
        return image;
    }

    QString m_path;
    QColor m_tint;
};

} // namespace

void initResources()
{
    static const bool done = [] {
        initBnetsyncResources();
        return true;
    }();
    Q_UNUSED(done);
}

QIcon themed(const QString &name, const QColor &tint)
{
    initResources();
    return QIcon(new TintedSvgEngine(u":/bnetsync/icons/"_s + name + u".svg"_s, tint));
}

QIcon app()
{
    initResources();
    return QIcon(u":/bnetsync/icons/app.svg"_s);
}

} // namespace bnet::ui::Icons

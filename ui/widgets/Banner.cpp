#include "Banner.h"

#include "Icons.h"
#include "paint/ClassColours.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace bnet::ui {
namespace {

QColor severityColour(Problem::Severity severity)
{
    switch (severity) {
    case Problem::Severity::Info:
        return {0x1E, 0x88, 0xE5};
    case Problem::Severity::Warning:
        return {0xD9, 0x8E, 0x04};
    case Problem::Severity::Error:
        return {0xDC, 0x35, 0x35};
    }
    return {};
}

QString actionLabel(Problem::Action action)
{
    switch (action) {
    case Problem::Action::RetrySync:
        return Banner::tr("Retry");
    case Problem::Action::SignIn:
        return Banner::tr("Sign in again");
    case Problem::Action::ReopenDatabase:
        return Banner::tr("Try again");
    case Problem::Action::ReloadCharacters:
        return Banner::tr("Reload");
    case Problem::Action::None:
        break;
    }
    return {};
}

} // namespace

Banner::Banner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_action(new QPushButton(this))
    , m_close(new QToolButton(this))
{
    setObjectName(u"banner"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setAccessibleName(tr("Problem"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_action->setObjectName(u"bannerAction"_s);
    m_close->setIcon(Icons::themed(u"close"_s));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action);
    layout->addWidget(m_close);
    connect(m_action, &QPushButton::clicked, this, [this] {
        const Problem::Action action = m_shown.action;
        clear();
        Q_EMIT actionRequested(action);
    });
    connect(m_close, &QToolButton::clicked, this, &Banner::clear);
    QFrame::hide();
}

Banner::~Banner() = default;

void Banner::showProblem(const Problem &problem)
{
    // The same words twice (a retry that failed the same way) count once.
    m_problems.removeIf([&](const Problem &p) { return p.message == problem.message; });
    m_problems.append(problem);
    refresh();
}

void Banner::clear()
{
    m_problems.clear();
    refresh();
}

QString Banner::text() const
{
    return isVisible() || !m_problems.isEmpty() ? m_text->text() : QString();
}

void Banner::refresh()
{
    if (m_problems.isEmpty()) {
        QFrame::hide();
        return;
    }
    m_shown = m_problems.constLast();
    for (const Problem &p : std::as_const(m_problems)) {
        if (p.severity > m_shown.severity)
            m_shown = p;
    }
    QString text = m_shown.message;
    if (m_problems.size() > 1)
        text += u' ' +
                tr("(%n more problem(s); hover for the list)", nullptr, int(m_problems.size()) - 1);
    m_text->setText(text);
    QStringList all;
    for (const Problem &p : std::as_const(m_problems))
        all << p.message;
    m_text->setToolTip(m_problems.size() > 1 ? all.join(u"\n\n"_s) : QString());
    const QString icon = m_shown.severity == Problem::Severity::Info      ? u"info"_s
                         : m_shown.severity == Problem::Severity::Warning ? u"warning"_s
                                                                          : u"error"_s;
    const int side = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this) + 4;
    m_icon->setPixmap(Icons::themed(icon, severityColour(m_shown.severity))
                          .pixmap(QSize(side, side), devicePixelRatioF()));
    m_action->setText(actionLabel(m_shown.action));
    m_action->setVisible(m_shown.action != Problem::Action::None);
    setAccessibleDescription(text);

    // Tinted from the palette, so it suits light and dark themes.
    QPalette p = palette();
    const QColor base = QPalette().color(QPalette::Window);
    p.setColor(QPalette::Window, mixColours(base, severityColour(m_shown.severity), 0.16));
    setPalette(p);
    QFrame::show();
}

} // namespace bnet::ui

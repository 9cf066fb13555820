#include "FirstRunPage.h"

#include "Icons.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bnet::ui {

FirstRunPage::FirstRunPage(QWidget *parent)
    : QWidget(parent)
    , m_signIn(new QPushButton(Icons::themed(u"sign-in"_s), tr("&Sign in with Battle.net"), this))
    , m_demo(new QPushButton(Icons::themed(u"demo"_s), tr("&Try the demo"), this))
{
    setObjectName(u"firstRun"_s);
    auto *logo = new QLabel(this);
    logo->setPixmap(Icons::app().pixmap(QSize(72, 72), devicePixelRatioF()));
    logo->setAlignment(Qt::AlignCenter);
    auto *title = new QLabel(tr("Battle.net Character Sync"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);
    auto *pitch = new QLabel(tr("Every World of Warcraft character on your account, in every "
                                "region and game version, kept up to date."),
                             this);
    pitch->setWordWrap(true);
    pitch->setAlignment(Qt::AlignCenter);

    m_signIn->setObjectName(u"signIn"_s);
    m_signIn->setDefault(true);
    m_signIn->setMinimumHeight(40);
    m_demo->setObjectName(u"tryDemo"_s);
    m_demo->setMinimumHeight(40);
    auto *signInNote = new QLabel(tr("Your browser opens for the Battle.net sign-in; the app "
                                     "never sees your password."),
                                  this);
    auto *demoNote = new QLabel(tr("A simulated Battle.net with a sample account, built into "
                                   "the app: no account needed."),
                                this);
    for (QLabel *note : {signInNote, demoNote}) {
        note->setWordWrap(true);
        note->setAlignment(Qt::AlignCenter);
        note->setForegroundRole(QPalette::PlaceholderText);
    }

    auto *column = new QVBoxLayout;
    column->setSpacing(10);
    column->addWidget(logo);
    column->addWidget(title);
    column->addWidget(pitch);
    column->addSpacing(18);
    column->addWidget(m_signIn);
    column->addWidget(signInNote);
    column->addSpacing(8);
    column->addWidget(m_demo);
    column->addWidget(demoNote);

    auto *outer = new QHBoxLayout;
    outer->addStretch(1);
    auto *holder = new QWidget(this);
    holder->setLayout(column);
    holder->setMaximumWidth(460);
    outer->addWidget(holder, 2);
    outer->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(outer);
    layout->addStretch(2);

    connect(m_signIn, &QPushButton::clicked, this, &FirstRunPage::signInRequested);
    connect(m_demo, &QPushButton::clicked, this, &FirstRunPage::demoRequested);
}

FirstRunPage::~FirstRunPage() = default;

} // namespace bnet::ui

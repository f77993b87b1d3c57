#pragma once

#include <functional>
#include <utility>
#include <vector>

namespace onco {

// Texts that follow the interface language. Each binding sets its texts now and again on every
// language change (apply() from a widget's changeEvent on QEvent::LanguageChange), so a string is
// written once, inside its binding: bind([this] { m_ok->setText(tr("OK")); }).
// The bound objects must live as long as the owner of the bindings.
class TextBindings
{
public:
    template <class Apply> void bind(Apply&& apply)
    {
        apply();
        m_bindings.emplace_back(std::forward<Apply>(apply));
    }

    void apply() const
    {
        for (const auto& binding : m_bindings)
            binding();
    }

private:
    std::vector<std::function<void()>> m_bindings;
};

} // namespace onco

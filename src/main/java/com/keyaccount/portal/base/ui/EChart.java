package com.keyaccount.portal.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * An Apache ECharts chart without a frontend build (STACK.md: the {@code org.webjars.npm:echarts:5.3.1} webjar,
 * {@code echarts.min.js} loaded as a script, initialised with {@code executeJs} and resized by a
 * {@code ResizeObserver}). The option is the ECharts option object as Java maps and lists, serialised to JSON on the
 * server; labels are already translated. {@code /webjars/**} is open to signed-in users in {@code SecurityConfig}.
 */
@JavaScript("context://webjars/echarts/5.3.1/dist/echarts.min.js")
public class EChart extends Div {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private String optionJson = "{}";

    public EChart() {
        addClassName("echart");
        setWidthFull();
        setHeight("320px");
    }

    /** Replaces the chart's option (e.g. {@code title}, {@code series}); shown at once when attached. */
    public void setOption(Map<String, Object> option) {
        optionJson = JSON.writeValueAsString(option);
        if (isAttached()) {
            render();
        }
    }

    /** The option as sent to the browser (tests read it). */
    public String getOptionJson() {
        return optionJson;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        render();
    }

    private void render() {
        getElement().executeJs("""
                const el = this;
                if (!window.echarts) { return; }
                if (!el.$chart) {
                  el.$chart = window.echarts.init(el);
                  new ResizeObserver(() => el.$chart && el.$chart.resize()).observe(el);
                }
                el.$chart.setOption(JSON.parse($0), true);
                """, optionJson);
    }
}

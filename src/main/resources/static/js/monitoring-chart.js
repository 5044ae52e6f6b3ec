// 监测 charts: each element with class "trend-chart" draws the series of its data-chart attribute (external file:
// the CSP forbids inline scripts). The same figures are in the table under every chart; without ECharts only the
// table is shown. data-chart: {"days": [...], "series": [{"name", "type": "line|bar", "axis": 0|1, "values": [...]}],
// "axes": [{"name", "min"}]}.
(function () {
  'use strict';

  function draw(element) {
    var data = JSON.parse(element.getAttribute('data-chart'));
    var chart = window.echarts.init(element, null, { renderer: 'canvas' });
    chart.setOption({
      color: ['#a31515', '#8a5a00', '#1b4f8a', '#2e6b30'],
      tooltip: { trigger: 'axis' },
      legend: { data: data.series.map(function (s) { return s.name; }) },
      grid: { left: 48, right: 48, bottom: 32, top: 40 },
      xAxis: { type: 'category', data: data.days },
      yAxis: data.axes.map(function (a) { return { type: 'value', name: a.name, min: a.min, minInterval: a.integer ? 1 : 0 }; }),
      series: data.series.map(function (s) {
        return { name: s.name, type: s.type, yAxisIndex: s.axis, data: s.values };
      })
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }

  function drawAll() {
    var elements = document.querySelectorAll('.trend-chart');
    for (var i = 0; i < elements.length; i++) {
      if (typeof window.echarts === 'undefined') {
        elements[i].hidden = true;
      } else {
        draw(elements[i]);
      }
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', drawAll);
  } else {
    drawAll();
  }
})();

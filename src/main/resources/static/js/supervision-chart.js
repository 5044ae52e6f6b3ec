// 监管总览: draws qualified / at risk / unqualified from the data-chart attribute (external file: the CSP forbids inline
// scripts). The same figures are shown as numbers above the chart; without ECharts the chart area is hidden.
(function () {
  'use strict';

  function draw() {
    var element = document.getElementById('supervision-chart');
    if (!element || typeof window.echarts === 'undefined') {
      if (element) {
        element.hidden = true;
      }
      return;
    }
    var data = JSON.parse(element.getAttribute('data-chart'));
    var chart = window.echarts.init(element, null, { renderer: 'canvas' });
    chart.setOption({
      tooltip: { trigger: 'axis' },
      grid: { left: 40, right: 16, bottom: 32, top: 24 },
      xAxis: { type: 'category', data: data.labels },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{
        type: 'bar',
        data: [
          { value: data.values[0], itemStyle: { color: '#1b6e3a' } },
          { value: data.values[1], itemStyle: { color: '#9a6700' } },
          { value: data.values[2], itemStyle: { color: '#a31515' } }
        ]
      }]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();

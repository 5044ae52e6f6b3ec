// 监测日报: draws the platform's 14-day trend from the data-chart attribute (external file: the CSP forbids inline
// scripts). The same figures are in the table under the chart; without ECharts only the table is shown.
(function () {
  'use strict';

  function draw() {
    var element = document.getElementById('monitoring-chart');
    if (!element || typeof window.echarts === 'undefined') {
      if (element) {
        element.hidden = true;
      }
      return;
    }
    var data = JSON.parse(element.getAttribute('data-chart'));
    var chart = window.echarts.init(element, null, { renderer: 'canvas' });
    chart.setOption({
      color: ['#a31515', '#8a5a00', '#1b4f8a'],
      tooltip: { trigger: 'axis' },
      legend: { data: ['不可访问率(%)', '新发现问题', '新发故障'] },
      grid: { left: 40, right: 40, bottom: 32, top: 40 },
      xAxis: { type: 'category', data: data.days },
      yAxis: [{ type: 'value', name: '%', min: 0 }, { type: 'value', minInterval: 1 }],
      series: [
        { name: '不可访问率(%)', type: 'line', data: data.unreachable },
        { name: '新发现问题', type: 'bar', yAxisIndex: 1, data: data.findings },
        { name: '新发故障', type: 'bar', yAxisIndex: 1, data: data.incidents }
      ]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
